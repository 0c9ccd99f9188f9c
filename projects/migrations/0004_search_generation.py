from django.db import migrations

# A counter that moves on every write to projects_project (one statement-level trigger, so a
# bulk UPDATE of 100,000 rows bumps it once). projects/search.py keys its cache of facet counts
# on it, so cached counts are never stale.
GENERATION_SQL = """
CREATE SEQUENCE IF NOT EXISTS projects_search_generation;

CREATE OR REPLACE FUNCTION projects_bump_search_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('projects_search_generation');
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS projects_project_search_generation ON projects_project;
CREATE TRIGGER projects_project_search_generation
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON projects_project
  FOR EACH STATEMENT EXECUTE FUNCTION projects_bump_search_generation();
"""

GENERATION_REVERSE_SQL = """
DROP TRIGGER IF EXISTS projects_project_search_generation ON projects_project;
DROP FUNCTION IF EXISTS projects_bump_search_generation();
DROP SEQUENCE IF EXISTS projects_search_generation;
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0003_published_browse_index")]

    operations = [migrations.RunSQL(GENERATION_SQL, GENERATION_REVERSE_SQL)]
