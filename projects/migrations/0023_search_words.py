import django.contrib.postgres.indexes
from django.db import migrations, models

# The words of all published text for "did you mean" (projects/search_words.py), filled here
# from the projects of today; afterwards `manage.py refresh_search_words` rebuilds the table and
# each saved project adds its words after commit. The source text as of this migration.
FILL_SQL = """
INSERT INTO projects_searchword (word, folded, projects)
SELECT w.word, kommunect_fold(w.word), count(*)
  FROM projects_project p
 CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('simple', concat_ws(' ',
         p.title, p.summary, p.description,
         (SELECT string_agg(t.name, ' ') FROM taggit_taggeditem ti
            JOIN taggit_tag t ON t.id = ti.tag_id
            JOIN django_content_type ct ON ct.id = ti.content_type_id
           WHERE ct.app_label = 'projects' AND ct.model = 'project' AND ti.object_id = p.id),
         (SELECT string_agg(s.name, ' ') FROM projects_project_services ps
            JOIN ozg_service s ON s.id = ps.service_id WHERE ps.project_id = p.id)
       )))) AS w (word)
 WHERE p.publication_state = 'published'
   AND w.word ~ '^[[:alpha:]][[:alpha:]-]*[[:alpha:]]$' AND char_length(w.word) BETWEEN 3 AND 40
 GROUP BY w.word
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0022_drop_search_bitmaps")]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("word", models.TextField(primary_key=True, serialize=False)),
                ("folded", models.TextField()),
                ("projects", models.PositiveIntegerField(default=0)),
            ],
        ),
        migrations.AddIndex(
            model_name="searchword",
            index=django.contrib.postgres.indexes.GistIndex(
                django.contrib.postgres.indexes.OpClass("folded", name="gist_trgm_ops"),
                name="searchword_folded_trgm",
            ),
        ),
        migrations.RunSQL(FILL_SQL, migrations.RunSQL.noop),
    ]
