from django.db import migrations

# The statement trigger of 0004 moves the generation when a write happens, before its commit: a
# search in between would cache the old counts under the new generation. This deferred trigger
# moves it once more right before the writing transaction commits.
AT_COMMIT_SQL = """
DROP TRIGGER IF EXISTS projects_project_search_generation_commit ON projects_project;
CREATE CONSTRAINT TRIGGER projects_project_search_generation_commit
  AFTER INSERT OR UPDATE OR DELETE ON projects_project
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION projects_bump_search_generation();
"""

AT_COMMIT_REVERSE_SQL = """
DROP TRIGGER IF EXISTS projects_project_search_generation_commit ON projects_project;
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0004_search_generation")]

    operations = [migrations.RunSQL(AT_COMMIT_SQL, AT_COMMIT_REVERSE_SQL)]
