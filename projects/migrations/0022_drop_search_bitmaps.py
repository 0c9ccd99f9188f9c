import importlib

from django.db import migrations

# Search runs on PostgreSQL's own means again (projects/search.py): the GIN index of the stored
# search vectors for text, one counting statement over the facet columns for facets, a word
# table (0022) for "did you mean". Dropped here: the facet bitmaps (0009), the lexeme bitmaps
# (0013), the title words (0016), their twelve statement triggers, which took table locks that
# made every write wait for any other, and the never used GiST index of 0012. No project data
# lives in them: everything dropped was derived from the projects.
#
# The facet trigger of 0002 stays (a row trigger, no cross-row lock); its population classes
# now come from kommunect_population_class(), which projects/search_index.py uses as well.
DROP_SQL = """
DROP TRIGGER IF EXISTS projects_title_word_insert ON projects_project;
DROP TRIGGER IF EXISTS projects_title_word_update ON projects_project;
DROP TRIGGER IF EXISTS projects_title_word_delete ON projects_project;
DROP TRIGGER IF EXISTS projects_title_word_truncate ON projects_project;
DROP FUNCTION IF EXISTS projects_title_word_rebuild();
DROP FUNCTION IF EXISTS projects_title_word_clear();
DROP FUNCTION IF EXISTS projects_title_word_apply();
DROP FUNCTION IF EXISTS projects_title_words(projects_project);
DROP TABLE IF EXISTS projects_title_word;

DROP TRIGGER IF EXISTS projects_lexeme_bitmap_insert ON projects_project;
DROP TRIGGER IF EXISTS projects_lexeme_bitmap_update ON projects_project;
DROP TRIGGER IF EXISTS projects_lexeme_bitmap_delete ON projects_project;
DROP TRIGGER IF EXISTS projects_lexeme_bitmap_truncate ON projects_project;
DROP FUNCTION IF EXISTS projects_lexeme_bitmap_rebuild();
DROP FUNCTION IF EXISTS projects_lexeme_bitmap_clear();
DROP FUNCTION IF EXISTS projects_lexeme_bitmap_apply();
DROP FUNCTION IF EXISTS projects_facet_ids(integer, bit varying);
DROP FUNCTION IF EXISTS projects_lexeme_tokens(projects_project);
DROP TABLE IF EXISTS projects_lexeme_bitmap;

DROP TRIGGER IF EXISTS projects_facet_bitmap_insert ON projects_project;
DROP TRIGGER IF EXISTS projects_facet_bitmap_update ON projects_project;
DROP TRIGGER IF EXISTS projects_facet_bitmap_delete ON projects_project;
DROP TRIGGER IF EXISTS projects_facet_bitmap_truncate ON projects_project;
DROP FUNCTION IF EXISTS projects_facet_bitmap_rebuild();
DROP FUNCTION IF EXISTS projects_facet_bitmap_clear();
DROP FUNCTION IF EXISTS projects_facet_bitmap_apply();
DROP FUNCTION IF EXISTS projects_facet_tokens(projects_project);
DROP FUNCTION IF EXISTS projects_facet_position(bigint);
DROP FUNCTION IF EXISTS projects_facet_bitmap_of(bigint[]);
DROP FUNCTION IF EXISTS projects_facet_chunk(bigint);
DROP TABLE IF EXISTS projects_facet_bitmap;
"""

# The facet trigger function of 0002, with the class bounds in one function.
POPULATION_CLASS_SQL = """
CREATE FUNCTION kommunect_population_class(population integer) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
           WHEN population IS NULL THEN NULL
           WHEN population < 5000 THEN 1
           WHEN population < 20000 THEN 2
           WHEN population < 100000 THEN 3
           WHEN population < 500000 THEN 4
           ELSE 5
         END::smallint
$$;

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
  RETURN NEW;
END
$$;
"""


def _sql(module: str, name: str) -> str:
    return getattr(importlib.import_module(f"projects.migrations.{module}"), name)


class Migration(migrations.Migration):
    dependencies = [("projects", "0021_demo_archetype")]

    operations = [
        migrations.RemoveIndex(model_name="project", name="project_title_fold_gist"),
        migrations.RunSQL(
            DROP_SQL,
            # Back to the bitmaps and title words, rebuilt from the projects.
            _sql("0009_facet_bitmaps", "BITMAPS_SQL")
            + _sql("0013_lexeme_bitmaps", "LEXEME_SQL")
            + _sql("0016_title_words", "TITLE_WORDS_SQL"),
        ),
        migrations.RunSQL(
            POPULATION_CLASS_SQL,
            # The trigger function of 0002 (its own class bounds), then the function goes.
            _sql("0002_search_facets", "FACETS_SQL").split("-- Lower-case")[0]
            + "DROP FUNCTION IF EXISTS kommunect_population_class(integer);",
        ),
    ]
