from django.db import migrations


def recompute(apps, schema_editor):
    # The vector now also holds the names of the topic fields and life situations, which the
    # search page offers as facets ("Bauen & Wohnen", "Kfz-Besitz"): every vector is recomputed
    # with the code of every later save.
    from projects.search_index import update_search_vectors

    update_search_vectors()


class Migration(migrations.Migration):
    dependencies = [("projects", "0029_facet_values")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
