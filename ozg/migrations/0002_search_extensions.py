from django.contrib.postgres.operations import (
    BtreeGinExtension,
    TrigramExtension,
    UnaccentExtension,
)
from django.db import migrations

# A German text search configuration that ignores accents and umlauts, so that
# "Bürgeramt", "Burgeramt" and "Buergeramt"-style input meet the same lexemes.
CREATE_CONFIG = """
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'german_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION german_unaccent (COPY = german);
    ALTER TEXT SEARCH CONFIGURATION german_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
  END IF;
END
$$;
"""


class Migration(migrations.Migration):
    dependencies = [("ozg", "0001_initial")]

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
        BtreeGinExtension(),
        migrations.RunSQL(CREATE_CONFIG, "DROP TEXT SEARCH CONFIGURATION IF EXISTS german_unaccent"),
    ]
