"""Forms for accounts, memberships and the municipality profile."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from municipalities.models import Membership, Municipality, StaffProfile


class SignupNameForm(forms.Form):
    """Extra fields of the allauth signup form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    first_name = forms.CharField(label=_("Vorname"), max_length=150)
    last_name = forms.CharField(label=_("Nachname"), max_length=150)

    field_order = ["first_name", "last_name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"

    def signup(self, request, user):
        """allauth's adapter already copied first and last name onto the user."""


class UserNameForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = True


class StaffProfileForm(forms.ModelForm):
    class Meta:
        model = StaffProfile
        fields = ["position", "phone"]
        labels = {"position": _("Funktion"), "phone": _("Telefon")}
        help_texts = {"position": _("Zum Beispiel „Digitalisierungsbeauftragte“.")}
        widgets = {
            "position": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }


class MunicipalitySearchForm(forms.Form):
    q = forms.CharField(
        label=_("Kommune suchen"),
        help_text=_("Name oder Amtlicher Gemeindeschlüssel (AGS), mindestens zwei Zeichen."),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )

    def __init__(self, *args, live_url: str = "", **kwargs):
        """``live_url``: refresh the matches with htmx while typing (the form works without)."""
        super().__init__(*args, **kwargs)
        if live_url:
            self.fields["q"].widget.attrs.update(
                {
                    "hx-get": live_url,
                    "hx-trigger": "input changed delay:300ms, search",
                    "hx-target": "#municipality-matches",
                    "hx-sync": "this:replace",
                }
            )


class MembershipRequestForm(forms.Form):
    municipality = forms.ModelChoiceField(
        label=_("Kommune"),
        queryset=Municipality.objects.all(),
        error_messages={
            "required": _("Bitte wählen Sie Ihre Kommune aus der Trefferliste aus."),
            "invalid_choice": _("Diese Kommune gibt es nicht. Bitte suchen Sie erneut."),
        },
    )
    message = forms.CharField(
        label=_("Nachricht an die Kommunen-Admins"),
        help_text=_("Zum Beispiel Ihre Funktion oder Abteilung. Höchstens 2.000 Zeichen."),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class MemberRoleForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Rolle"),
        choices=Membership.Role.choices,
        error_messages={"invalid_choice": _("Diese Rolle gibt es nicht.")},
    )


class MunicipalityProfileForm(forms.ModelForm):
    profile = forms.CharField(
        label=_("Profil"),
        help_text=_("Kurze Vorstellung: Schwerpunkte der Digitalisierung, Partner, Ziele."),
        max_length=10000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    class Meta:
        model = Municipality
        fields = [
            "website",
            "profile",
            "officer_name",
            "officer_role",
            "officer_email",
            "officer_phone",
        ]
        help_texts = {
            "website": _("Mit https://, zum Beispiel https://www.musterstadt.de"),
        }
        widgets = {"officer_phone": forms.TextInput(attrs={"type": "tel"})}
