from django.db import migrations, models

# Reuse readiness (projects/readiness.py): ``ready_until`` is the last day a project counts as
# "gut nachnutzbar"; the search compares it with the current date. The facet counts read it
# with ``facet_values`` from the covering index (projects/facets.py).


def fill_ready_until(apps, schema_editor):
    from projects.readiness import refresh_ready_until

    refresh_ready_until()


class Migration(migrations.Migration):
    dependencies = [("projects", "0031_reuse_lineage_and_count")]

    operations = [
        migrations.AddField(
            model_name="project",
            name="ready_until",
            field=models.DateField(editable=False, null=True, verbose_name="Gut nachnutzbar bis"),
        ),
        migrations.RunPython(fill_ready_until, migrations.RunPython.noop),
        migrations.RemoveIndex(model_name="project", name="project_facets_cover"),
        migrations.AddIndex(
            model_name="project",
            index=models.Index(
                condition=models.Q(("publication_state", "published")),
                fields=["id"],
                include=("facet_values", "ready_until"),
                name="project_facets_cover",
            ),
        ),
        migrations.AddIndex(
            model_name="project",
            index=models.Index(
                condition=models.Q(("publication_state", "published")),
                fields=["ready_until"],
                name="project_ready_idx",
            ),
        ),
    ]
