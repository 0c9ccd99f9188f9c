from importlib import import_module

from django.db import migrations

BEFORE = import_module("projects.migrations.0017_search_query_function").SEARCH_QUERY_SQL

# Synonyms and abbreviations (projects/search_synonyms.csv) applied to the visitor's query
# with ts_rewrite, from a table of rules that projects.synonyms.sync_synonyms refills from the
# file after every migrate (post_migrate). Two passes: every member of a group becomes the
# group's placeholder, then every placeholder becomes all members joined with OR, so that no
# replacement is rewritten again by another member's rule. Longer targets first
# ("Kfz-Zulassung" before "Kfz").
#
# The function stays IMMUTABLE although it reads the table: the planner then computes the
# query once per statement instead of once per ranked or highlighted row. The rules change only
# with a deploy (migrate), never while statements run.
SEARCH_QUERY_SQL = """
CREATE TABLE search_synonym (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  target tsquery NOT NULL,
  placeholder tsquery NOT NULL,
  substitute tsquery NOT NULL
);

CREATE OR REPLACE FUNCTION kommunect_search_query(
  config regconfig, q text, spellings text[], variants text[]
)
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
  result := ts_rewrite(result, 'SELECT target, placeholder FROM search_synonym
                                ORDER BY numnode(target) DESC, target');
  RETURN ts_rewrite(result, 'SELECT DISTINCT placeholder, substitute FROM search_synonym');
END
$$;
"""

REVERSE_SQL = "DROP TABLE search_synonym;" + BEFORE.replace(
    "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"
)


class Migration(migrations.Migration):
    dependencies = [("projects", "0026_compound_terms")]

    operations = [migrations.RunSQL(SEARCH_QUERY_SQL, REVERSE_SQL)]
