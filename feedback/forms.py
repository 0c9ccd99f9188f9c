from django import forms
from django.utils.translation import gettext_lazy as _

from feedback.models import BarrierReport


class BarrierReportForm(forms.ModelForm):
    class Meta:
        model = BarrierReport
        fields = ["message", "page_url", "name", "email"]
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "message": _(
                "Was hat nicht funktioniert, und womit (z. B. Bildschirmleser, Tastatur)?"
            ),
            "page_url": _("Adresse oder Name der Seite, z. B. „Suche“."),
            "email": _("Nur nötig, wenn Sie eine Antwort wünschen."),
        }
        error_messages = {
            "message": {"required": _("Bitte beschreiben Sie die Barriere.")},
            "email": {"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an.")},
        }
