from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OzgConfig(AppConfig):
    name = "ozg"
    verbose_name = _("OZG-Katalog")
