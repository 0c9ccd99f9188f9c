import django.contrib.postgres.search
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("projects", "0013_lexeme_bitmaps")]

    operations = [
        # A vector not yet computed is empty, not NULL: "-kita" matches such a project on the
        # GIN path ('' @@ '!kita') as on the lexeme bitmaps (published AND NOT kita).
        migrations.RunSQL(
            "UPDATE projects_project SET search_vector = '' WHERE search_vector IS NULL",
            migrations.RunSQL.noop,
        ),
        migrations.AlterField(
            model_name="project",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                db_default=models.Value(""), editable=False
            ),
        ),
    ]
