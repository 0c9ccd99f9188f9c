from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KommunectConfig(AppConfig):
    name = "kommunect"
    verbose_name = _("Kommunect")

    def ready(self):
        from kommunect import checks, sessions  # noqa: F401  (register checks and signals)
