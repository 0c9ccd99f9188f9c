from django.db import migrations, models


class Migration(migrations.Migration):
    """A small partial index: the site-wide demo notice asks on every page whether any demo
    project exists, which must stay cheap when there are none among 100,000 real ones."""

    dependencies = [("projects", "0017_search_query_function")]

    operations = [
        migrations.AddIndex(
            model_name="project",
            index=models.Index(
                condition=models.Q(("is_demo", True)), fields=["is_demo"], name="project_demo_idx"
            ),
        ),
    ]
