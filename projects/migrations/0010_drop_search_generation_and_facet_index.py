import importlib

from django.db import migrations

# Facet counts come from bitmaps since 0009, the same for every request, so they are no longer
# cached and the generation counter that keyed the cache (0004, 0005) goes. So does the covering
# index that the facet counts read before.
generation = importlib.import_module("projects.migrations.0004_search_generation")
at_commit = importlib.import_module("projects.migrations.0005_search_generation_at_commit")


class Migration(migrations.Migration):
    dependencies = [("projects", "0009_facet_bitmaps")]

    operations = [
        migrations.RunSQL(at_commit.AT_COMMIT_REVERSE_SQL, at_commit.AT_COMMIT_SQL),
        migrations.RunSQL(generation.GENERATION_REVERSE_SQL, generation.GENERATION_SQL),
        migrations.RemoveIndex(model_name="project", name="project_facets_idx"),
    ]
