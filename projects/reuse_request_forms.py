"""Forms of reuse requests: asking, a message in the thread, a decision, completing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality
from projects.models import ReuseRequest
from projects.services.requests import MAX_TEXT, RequestData

MAX_TIMELINE = 200


class RequestForm(forms.Form):
    """B asks A. The municipality is a choice only for members of several."""

    municipality = forms.ModelChoiceField(
        queryset=None,
        label=_("Für welche Kommune fragen Sie an?"),
        empty_label=None,
    )
    parts = forms.MultipleChoiceField(
        label=_("Was möchten Sie nachnutzen?"),
        choices=ReuseRequest.Part.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Bitte wählen Sie mindestens eines aus.")},
    )
    timeline = forms.CharField(
        label=_("Geplanter Zeitraum"),
        help_text=_("Zum Beispiel „ab Frühjahr 2027, Einführung bis Jahresende“."),
        max_length=MAX_TIMELINE,
        required=False,
    )
    questions = forms.CharField(
        label=_("Ihre Fragen an die Kommune"),
        help_text=_("Was möchten Sie wissen, bevor Sie das Projekt übernehmen?"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Bitte stellen Sie Ihre Fragen an die Kommune.")},
    )

    def __init__(self, *args, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["municipality"]
        field.queryset = Municipality.objects.filter(
            pk__in=[m.pk for m in municipalities]
        ).order_by("name")
        field.initial = municipalities[0].pk
        if len(municipalities) == 1:
            field.widget = forms.HiddenInput()

    def data_for_service(self) -> RequestData:
        return RequestData(
            parts=self.cleaned_data["parts"],
            timeline=self.cleaned_data["timeline"],
            questions=self.cleaned_data["questions"],
        )


class StepForm(forms.Form):
    """A step on a request page: the version the page showed, and a text."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    text = forms.CharField(
        label=_("Anmerkung"),
        max_length=MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MessageForm(StepForm):
    text = forms.CharField(
        label=_("Ihre Nachricht"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Bitte schreiben Sie eine Nachricht.")},
    )


class CompleteForm(StepForm):
    """B names its project based on P."""

    resulting_project = forms.ModelChoiceField(
        queryset=None,
        label=_("Das Projekt Ihrer Kommune"),
        empty_label=None,
        error_messages={"invalid_choice": _("Bitte wählen Sie ein Projekt Ihrer Kommune.")},
    )
    text = None

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resulting_project"].queryset = candidates
