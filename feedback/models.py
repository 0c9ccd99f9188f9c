"""Barriers that visitors report from the accessibility statement (BITV 2.0 § 7)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class BarrierReport(models.Model):
    """One report, stored before the operator is mailed, so that none is lost."""

    message = models.TextField(_("Beschreibung der Barriere"), max_length=5000)
    page_url = models.CharField(_("Betroffene Seite"), max_length=500, blank=True)
    name = models.CharField(_("Name"), max_length=200, blank=True)
    email = models.EmailField(_("E-Mail-Adresse für die Antwort"), blank=True)
    created_at = models.DateTimeField(_("Eingegangen am"), auto_now_add=True)
    answered_at = models.DateTimeField(_("Beantwortet am"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Gemeldete Barriere")
        verbose_name_plural = _("Gemeldete Barrieren")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.message[:60]}"
