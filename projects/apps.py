from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projekte und Ideen")

    def ready(self):
        from django.db.models.signals import post_migrate

        from municipalities.signals import register_imported
        from projects.receivers import refresh_renamed_owners
        from projects.synonyms import sync_after_migrate

        post_migrate.connect(sync_after_migrate, sender=self, dispatch_uid="projects.synonyms")

        register_imported.connect(refresh_renamed_owners, dispatch_uid="projects.renamed_owners")
