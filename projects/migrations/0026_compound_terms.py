from django.db import migrations, models


def fill(apps, schema_editor):
    # The same code as every later save: the vector now also holds the split compounds and
    # the keys (AGS, OZG-ID, LeiKa key), so every stored vector is recomputed.
    from projects.search_index import update_search_vectors

    update_search_vectors()


class Migration(migrations.Migration):
    dependencies = [("projects", "0025_search_vector_inline")]

    operations = [
        migrations.AddField(
            model_name="project",
            name="title_compound_terms",
            field=models.TextField(db_default="", editable=False),
        ),
        migrations.AddField(
            model_name="project",
            name="compound_terms",
            field=models.TextField(db_default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
