from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projekte und Ideen")

    def ready(self):
        from municipalities.signals import register_imported
        from projects.receivers import refresh_renamed_owners

        register_imported.connect(refresh_renamed_owners, dispatch_uid="projects.renamed_owners")
