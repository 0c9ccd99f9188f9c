from django.db import migrations

# The reuse lineage ("Nachnutzung von", Project.based_on) never closes a circle. The edit forms
# refuse such an original (projects/lineage.py), but two people saving A → B and B → A at the
# same moment both pass that check. This trigger is the last word for every writer: whoever
# changes an original waits for the others that do (one transaction-level advisory lock), then
# looks at the committed chain upward from the new original; if it leads back to the project,
# the write fails with the constraint name project_lineage_acyclic.
LINEAGE_SQL = """
CREATE FUNCTION projects_lineage_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- One lineage change at a time, until commit; a fresh snapshot for the query below.
  PERFORM pg_advisory_xact_lock(hashtext('projects_project.based_on'));
  -- The chain may end in a row that names this project before it exists (an INSERT with its
  -- id, the foreign keys being checked at commit): that closes the circle too.
  IF NEW.based_on_id = NEW.id OR EXISTS (
    WITH RECURSIVE chain (id, based_on_id, path) AS (
      SELECT id, based_on_id, ARRAY[id] FROM projects_project WHERE id = NEW.based_on_id
      UNION ALL
      SELECT p.id, p.based_on_id, chain.path || p.id
        FROM projects_project p JOIN chain ON p.id = chain.based_on_id
       WHERE p.id <> ALL(chain.path)
    )
    SELECT 1 FROM chain WHERE id = NEW.id OR based_on_id = NEW.id
  ) THEN
    RAISE EXCEPTION 'project % would be its own original through %', NEW.id, NEW.based_on_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_lineage_acyclic';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER projects_lineage_check_insert BEFORE INSERT ON projects_project
  FOR EACH ROW WHEN (NEW.based_on_id IS NOT NULL)
  EXECUTE FUNCTION projects_lineage_check();
-- Only where the original changes: saving a project with its old original takes no lock.
CREATE TRIGGER projects_lineage_check_update BEFORE UPDATE OF based_on_id ON projects_project
  FOR EACH ROW
  WHEN (NEW.based_on_id IS NOT NULL AND NEW.based_on_id IS DISTINCT FROM OLD.based_on_id)
  EXECUTE FUNCTION projects_lineage_check();
"""

LINEAGE_REVERSE_SQL = """
DROP TRIGGER IF EXISTS projects_lineage_check_insert ON projects_project;
DROP TRIGGER IF EXISTS projects_lineage_check_update ON projects_project;
DROP FUNCTION IF EXISTS projects_lineage_check();
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0014_search_vector_not_null")]

    operations = [migrations.RunSQL(LINEAGE_SQL, LINEAGE_REVERSE_SQL)]
