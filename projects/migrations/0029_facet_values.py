import django.contrib.postgres.fields
from django.db import migrations, models

# Facet counts unnest one array per matching row instead of grouping twelve columns
# (projects/facets.py): ``facet_values`` holds a project's facet values as "facet:value" text
# ("status:completed", "topic:7"), filled by the facet trigger from the columns it already
# fills. At 20,000 projects this counts a broad query ("digital", 8,000 matches) in about a
# fifth of the time of the grouping over the columns. The trigger now also fires when a
# column that is a facet itself changes (kind, status, reuse, open source).
FILL_FACETS_SQL = """
CREATE OR REPLACE FUNCTION projects_project_fill_facets() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- One statement: each SPI call costs, and bulk updates run this for every row.
  SELECT m.state_id,
         coalesce(m.kind, ''),
         kommunect_population_class(m.population),
         extract(year FROM NEW.start_date),
         ARRAY(SELECT tf.topicfield_id FROM projects_project_topic_fields tf
                WHERE tf.project_id = NEW.id ORDER BY 1),
         ARRAY(SELECT ps.service_id FROM projects_project_services ps
                WHERE ps.project_id = NEW.id ORDER BY 1),
         ARRAY(SELECT DISTINCT s.life_situation_id
                 FROM projects_project_services ps JOIN ozg_service s ON s.id = ps.service_id
                WHERE ps.project_id = NEW.id ORDER BY 1),
         ARRAY(SELECT ti.tag_id FROM taggit_taggeditem ti
                WHERE ti.content_type_id = (SELECT ct.id FROM django_content_type ct
                                             WHERE ct.app_label = 'projects' AND ct.model = 'project')
                  AND ti.object_id = NEW.id ORDER BY 1)
    INTO NEW.facet_state_id, NEW.facet_owner_kind, NEW.facet_population_class,
         NEW.facet_start_year, NEW.facet_topic_ids, NEW.facet_service_ids,
         NEW.facet_life_situation_ids, NEW.facet_tag_ids
    FROM (SELECT 1) AS one
    LEFT JOIN municipalities_municipality m ON m.id = NEW.owner_id;
  NEW.facet_values := ARRAY(
    SELECT t.facet || ':' || t.value
      FROM (VALUES ('kind', NEW.kind::text),
                   ('status', NEW.status::text),
                   ('state', NEW.facet_state_id::text),
                   ('owner_kind', nullif(NEW.facet_owner_kind, '')),
                   ('size', NEW.facet_population_class::text),
                   ('reuse', CASE WHEN NEW.reuse_offered THEN 'true' END),
                   ('oss', CASE WHEN NEW.is_open_source THEN 'true' END),
                   ('year', NEW.facet_start_year::text)) AS t (facet, value)
     WHERE t.value IS NOT NULL
    UNION ALL SELECT 'topic:' || v FROM unnest(NEW.facet_topic_ids) AS v
    UNION ALL SELECT 'situation:' || v FROM unnest(NEW.facet_life_situation_ids) AS v
    UNION ALL SELECT 'service:' || v FROM unnest(NEW.facet_service_ids) AS v
    UNION ALL SELECT 'tag:' || v FROM unnest(NEW.facet_tag_ids) AS v);
  RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS projects_project_fill_facets ON projects_project;
CREATE TRIGGER projects_project_fill_facets
  BEFORE INSERT OR UPDATE OF search_vector, owner_id, start_date, kind, status, reuse_offered,
    is_open_source ON projects_project
  FOR EACH ROW EXECUTE FUNCTION projects_project_fill_facets();

UPDATE projects_project SET search_vector = search_vector;
"""

# The trigger as migration 0022 left it.
REVERSE_SQL = """
DROP TRIGGER IF EXISTS projects_project_fill_facets ON projects_project;
CREATE TRIGGER projects_project_fill_facets
  BEFORE INSERT OR UPDATE OF search_vector, owner_id, start_date ON projects_project
  FOR EACH ROW EXECUTE FUNCTION projects_project_fill_facets();
"""


def _reverse_function():
    import importlib

    module = importlib.import_module("projects.migrations.0022_drop_search_bitmaps")
    return module.POPULATION_CLASS_SQL.split("CREATE OR REPLACE FUNCTION", 1)[1]


class Migration(migrations.Migration):
    dependencies = [("projects", "0028_projectevent_action_choices")]

    operations = [
        migrations.AddField(
            model_name="project",
            name="facet_values",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.TextField(), default=list, editable=False
            ),
        ),
        migrations.RunSQL(
            FILL_FACETS_SQL,
            REVERSE_SQL + "CREATE OR REPLACE FUNCTION" + _reverse_function(),
        ),
        migrations.RemoveIndex(model_name="project", name="project_facets_cover"),
        migrations.AddIndex(
            model_name="project",
            index=models.Index(
                condition=models.Q(("publication_state", "published")),
                fields=["id"],
                include=("facet_values",),
                name="project_facets_cover",
            ),
        ),
    ]
