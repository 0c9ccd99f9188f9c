from django.db import migrations


class Migration(migrations.Migration):
    """ReuseInterest and the admin-fed counter are replaced by ReuseRequest (0032 moved them)."""

    dependencies = [
        ("projects", "0034_reuse_interest_to_requests"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='reuseinterest',
            name='reuse_interest_unique',
        ),
        migrations.RemoveField(
            model_name='project',
            name='reuse_interest_count',
        ),
        migrations.RemoveField(
            model_name='reuseinterest',
            name='municipality',
        ),
        migrations.RemoveField(
            model_name='reuseinterest',
            name='project',
        ),
        migrations.RemoveField(
            model_name='reuseinterest',
            name='user',
        ),
        migrations.DeleteModel(
            name='ReuseInterest',
        ),
    ]
