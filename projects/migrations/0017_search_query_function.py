from django.db import migrations

# The tsquery of a visitor's text (projects/search.py, text_query). Stored vectors are
# unaccented ("Bürgeramt" is stored as 'burgeramt'). Newer German stemmers (PostgreSQL 17+)
# also read "ue" as "ü", older ones (Debian's PostgreSQL 15) do not, so a word typed with
# ae/oe/ue for an umlaut ("Buergeramt") is also looked for as its variant without the e.
# Each such word is rewritten into (spelling OR variant) inside the tree that
# websearch_to_tsquery builds: "Kita Buergeramt" stays kita AND (buergeramt OR burgeramt),
# "-Buergeramt" excludes both, and the variant applies inside phrases too. IMMUTABLE like
# websearch_to_tsquery(regconfig, text): the planner computes it once per statement, not once
# per row that a ranking or headline reads.
SEARCH_QUERY_SQL = """
CREATE FUNCTION kommunect_search_query(config regconfig, q text, spellings text[], variants text[])
RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  result tsquery := websearch_to_tsquery(config, q);
  target tsquery;
BEGIN
  FOR i IN 1 .. coalesce(array_length(spellings, 1), 0) LOOP
    target := websearch_to_tsquery(config, spellings[i]);
    IF numnode(target) > 0 THEN
      result := ts_rewrite(result, target, target || websearch_to_tsquery(config, variants[i]));
    END IF;
  END LOOP;
  RETURN result;
END
$$;
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0016_title_words")]

    operations = [
        migrations.RunSQL(
            SEARCH_QUERY_SQL,
            "DROP FUNCTION IF EXISTS kommunect_search_query(regconfig, text, text[], text[]);",
        )
    ]
