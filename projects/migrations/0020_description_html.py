from django.db import migrations, models


def render_existing(apps, schema_editor):
    """Render the stored descriptions once; from now on Project.save() keeps them current."""
    from projects.markdown import render_description

    Project = apps.get_model("projects", "Project")
    batch = []
    rows = Project.objects.exclude(description="").only("id", "description")
    for project in rows.iterator(chunk_size=1000):
        project.description_html = render_description(project.description)
        batch.append(project)
        if len(batch) == 1000:
            Project.objects.bulk_update(batch, ["description_html"])
            batch = []
    Project.objects.bulk_update(batch, ["description_html"])


class Migration(migrations.Migration):

    dependencies = [
        ("projects", "0019_status_idea_label"),
    ]

    operations = [
        migrations.AddField(
            model_name="project",
            name="description_html",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(render_existing, migrations.RunPython.noop, elidable=True),
    ]
