"""Forms for writing projects: the project form, its links, a new attachment, moderation."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db.models import Q
from django.forms import inlineformset_factory
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField, TagWidget

from kommunect.text import normalize_query
from municipalities.access import editable_municipality_ids, is_curator
from municipalities.models import Municipality
from ozg.models import Process, Service
from projects import pickers
from projects.changes import RELATION_FIELDS, SCALAR_FIELDS
from projects.lineage import validate_original
from projects.models import Project, ProjectLink
from projects.services.data import NewAttachment, ProjectData
from projects.uploads import ATTACHMENT_TYPES, IMAGE_TYPES, check_upload, safe_name


def _max_mb() -> int:
    return settings.KOMMUNECT_MAX_UPLOAD_MB


MAX_TAGS = 20
MAX_TAG_LENGTH = 100  # taggit's Tag.name
# The most links a project form builds, whatever links-TOTAL_FORMS claims.
MAX_LINKS = 20

# Sections of the form (fieldsets), in order; pickers are rendered by the template.
SECTIONS = [
    (
        "grunddaten",
        _("Grunddaten"),
        ["kind", "title", "summary", "description", "status", "start_date", "end_date"],
    ),
    ("ozg", _("OZG-Zuordnung"), ["target_groups", "tags"]),
    (
        "nachnutzung",
        _("Nutzen, Kosten und Nachnutzung"),
        [
            "value_proposition",
            "benefit_evidence",
            "cost_one_off",
            "cost_annual",
            "funding_programme",
            "technology",
            "is_open_source",
            "license",
            "repository_url",
            "reuse_offered",
            "reuse_offer",
            "reuse_conditions",
            "lessons_learned",
        ],
    ),
    ("kontakt", _("Kontakt"), ["contact_name", "contact_role", "contact_email", "contact_phone"]),
    ("dateien", _("Links und Dateien"), ["cover_image", "cover_alt_text"]),
]


class AmountField(forms.DecimalField):
    """An amount in euros as people write it in the active language: "12.500,50" in German.

    Django's localized input (``localize=True``) reads the decimal comma; it drops thousands
    separators only with USE_THOUSAND_SEPARATOR, which would also group every number that
    templates print (ids in form values among them). So this field drops them itself, by
    Django's rule (sanitize_separators: a single "." not followed by three digits is a decimal
    point, "12.5" is twelve and a half).
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(localize=True, max_digits=12, decimal_places=2, **kwargs)
        self.validators.append(MinValueValidator(0))

    def to_python(self, value):
        if isinstance(value, str):
            decimal = formats.get_format("DECIMAL_SEPARATOR")
            whole, separator, fraction = value.strip().partition(decimal)
            thousands = formats.get_format("THOUSAND_SEPARATOR")
            if not (thousands == "." and whole.count(".") == 1 and len(whole.split(".")[1]) != 3):
                whole = whole.replace(thousands, "")
            value = whole + separator + fraction
        return super().to_python(value)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class ProjectForm(forms.ModelForm):
    """All editable fields of a project or idea; ``user`` decides which owners are offered."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)
    remove_cover = forms.BooleanField(label=_("Titelbild entfernen"), required=False)
    target_groups = forms.MultipleChoiceField(
        label=_("Zielgruppen"),
        choices=Project.TargetGroup,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    tags = TagField(
        label=_("Schlagworte"),
        required=False,
        widget=TagWidget(attrs={"list": "tag-suggestions", "autocomplete": "off"}),
        help_text=_("Mehrere Schlagworte durch Komma trennen."),
    )
    cost_one_off = AmountField(
        label=_("Einmalige Kosten (EUR)"),
        required=False,
        help_text=_("Netto in Euro, z. B. 12.500,50"),
    )
    cost_annual = AmountField(
        label=_("Jährliche Kosten (EUR)"),
        required=False,
        help_text=_("Laufende Kosten pro Jahr in Euro"),
    )

    class Meta:
        model = Project
        # The fields a version records (projects/changes.py) are exactly the editable ones.
        fields = [*SCALAR_FIELDS, *RELATION_FIELDS, "tags"]
        widgets = {
            "kind": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 12}),
            "start_date": DateInput,
            "end_date": DateInput,
            # The pickers render chosen values themselves; never render 11,000 options.
            "owner": forms.Select,
            "partners": forms.MultipleHiddenInput,
            "services": forms.MultipleHiddenInput,
            "processes": forms.MultipleHiddenInput,
            "based_on": forms.HiddenInput,
            "value_proposition": forms.Textarea(attrs={"rows": 4}),
            "benefit_evidence": forms.Textarea(attrs={"rows": 4}),
            "technology": forms.Textarea(attrs={"rows": 3}),
            "reuse_offer": forms.Textarea(attrs={"rows": 4}),
            "reuse_conditions": forms.Textarea(attrs={"rows": 3}),
            "lessons_learned": forms.Textarea(attrs={"rows": 5}),
            # A plain file input: the current image is shown by the form (served by a view,
            # not by a MEDIA_URL link) and removed with "remove_cover".
            "cover_image": forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        }
        help_texts = {
            "title": _("Ein aussagekräftiger Name, höchstens 200 Zeichen."),
            "summary": _("Ein bis drei Sätze, höchstens 500 Zeichen."),
            "description": _(
                "Markdown ist erlaubt: **fett**, Listen mit -, Links [Text](https://…)."
            ),
            "end_date": _("Leer lassen, solange das Projekt läuft."),
            "reuse_offered": _("Andere Kommunen können das Ergebnis übernehmen."),
            "cover_alt_text": _(
                "Pflicht, wenn ein Titelbild hochgeladen wird: Was zeigt das Bild?"
            ),
            "cover_image": _("PNG, JPEG oder WebP."),
            "lessons_learned": _("Was hat nicht funktioniert, was würden Sie anders machen?"),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.owner_picker = is_curator(user)
        owner = self.fields["owner"]
        if self.owner_picker:
            owner.queryset = Municipality.objects.all()
            owner.widget = forms.HiddenInput()
        else:
            owner.queryset = Municipality.objects.filter(
                pk__in=editable_municipality_ids(user)
            ).order_by("name")
            if not self.instance.pk and len(editable_municipality_ids(user)) == 1:
                self.initial["owner"] = editable_municipality_ids(user)[0]
        owner.empty_label = _("Bitte wählen")
        self.fields["version"].initial = self.instance.version if self.instance.pk else None
        self.fields["cover_image"].help_text = _("PNG, JPEG oder WebP, höchstens %(mb)s MB.") % {
            "mb": _max_mb()
        }
        for name in ("partners", "services", "processes"):
            self.fields[name].required = False
        based_on = self.fields["based_on"]
        based_on.required = False
        # Published projects; a chosen original that is no longer published may stay.
        based_on.queryset = Project.objects.filter(
            Q(publication_state=Project.PublicationState.PUBLISHED)
            | Q(pk=self.instance.based_on_id or 0)
        )
        based_on.error_messages["invalid_choice"] = _(
            "Bitte wählen Sie ein veröffentlichtes Projekt aus der Suche."
        )
        reuse_kind = self.fields["reuse_kind"]
        reuse_kind.widget = forms.RadioSelect()
        reuse_kind.choices = Project.ReuseKind.choices
        reuse_kind.required = False
        reuse_kind.help_text = _(
            "Nötig, wenn Sie oben ein Projekt gewählt haben: übernommen (wie es ist), "
            "angepasst oder nur inspiriert davon."
        )

    # --- values for the pickers (each one query) ---------------------------------------------

    def _chosen_ids(self, name):
        if self.is_bound:
            return pickers.clean_ids(self.data.getlist(self.add_prefix(name)))
        if self.instance.pk:
            return list(getattr(self.instance, name).values_list("pk", flat=True))
        return []

    def chosen_partners(self):
        return Municipality.objects.filter(pk__in=self._chosen_ids("partners")).order_by("name")

    def chosen_services(self):
        return (
            Service.objects.filter(pk__in=self._chosen_ids("services"))
            .select_related("topic_field")
            .order_by("name")
        )

    def chosen_process_ids(self):
        return set(self._chosen_ids("processes"))

    def available_processes(self):
        return pickers.processes_for_services(self._chosen_ids("services"))

    def chosen_owner(self):
        if self.is_bound:
            ids = pickers.clean_ids([self.data.get(self.add_prefix("owner"), "")])
        else:
            ids = [self.instance.owner_id] if self.instance.owner_id else []
        return Municipality.objects.filter(pk__in=ids).first()

    def chosen_based_on(self):
        if self.is_bound:
            ids = pickers.clean_ids(self.data.getlist(self.add_prefix("based_on")))
        else:
            ids = [self.instance.based_on_id] if self.instance.based_on_id else []
        queryset = self.fields["based_on"].queryset.filter(pk__in=ids[-1:])
        return list(queryset.select_related("owner").only("id", "title", "owner__name"))

    def search_query(self, name):
        return normalize_query(self.data.get(f"{name}_q")) if self.is_bound else ""

    # --- what the services store ---------------------------------------------------------------

    def to_data(self, links_formset) -> ProjectData:
        """The valid form and link formset as the model values the services take."""
        return project_data(self.cleaned_data, links_formset)

    # --- validation ---------------------------------------------------------------------------

    def clean_tags(self):
        tags = self.cleaned_data.get("tags") or []
        if len(tags) > MAX_TAGS:
            raise ValidationError(
                _("Höchstens %(max)s Schlagworte."), code="too_many", params={"max": MAX_TAGS}
            )
        for tag in tags:
            if len(tag) > MAX_TAG_LENGTH:
                raise ValidationError(
                    _("Ein Schlagwort darf höchstens %(max)s Zeichen lang sein."),
                    code="max_length",
                    params={"max": MAX_TAG_LENGTH},
                )
        return tags

    def clean_based_on(self):
        return validate_original(self.instance, self.cleaned_data.get("based_on"))

    def clean_cover_image(self):
        image = self.cleaned_data.get("cover_image")
        if image and hasattr(image, "content_type"):  # a new upload
            checked = check_upload(image, IMAGE_TYPES)
            image.name = safe_name(image.name, checked.extension)
        elif image and self.data.get(self.add_prefix("remove_cover")):
            return False  # FileField: a false value (not None) clears the file
        return image

    def clean(self):
        data = super().clean()
        # Browsers send line breaks as CRLF: stored as LF, an untouched text is no change.
        for name, value in data.items():
            if isinstance(value, str) and "\r" in value:
                data[name] = value.replace("\r\n", "\n").replace("\r", "\n")
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error(
                "end_date",
                ValidationError(
                    _("Das Ende darf nicht vor dem Beginn liegen."), code="end_before_start"
                ),
            )
        if data.get("cover_image") and not data.get("cover_alt_text"):
            self.add_error(
                "cover_alt_text",
                ValidationError(
                    _("Bitte beschreiben Sie das Titelbild (Alternativtext)."), code="alt_required"
                ),
            )
        original = data.get("based_on")
        if not original:
            data["reuse_kind"] = ""  # no original, no type of lineage
        elif (
            not data.get("reuse_kind")
            and "based_on" not in self.errors
            # A lineage stored before its type existed may stay untyped until it changes.
            and original.pk != self.instance.based_on_id
        ):
            self.add_error(
                "reuse_kind",
                ValidationError(
                    _("Bitte wählen Sie, wie Ihr Projekt das Original nachnutzt."),
                    code="reuse_kind_required",
                ),
            )
        owner = data.get("owner")
        if owner and owner in (data.get("partners") or []):
            self.add_error(
                "partners",
                ValidationError(
                    _("Die eintragende Kommune ist nicht zugleich Partnerkommune."),
                    code="owner_as_partner",
                ),
            )
        services = data.get("services")
        processes = data.get("processes")
        if processes:
            allowed = set(
                Process.objects.filter(
                    services__in=services or [], pk__in=[p.pk for p in processes]
                ).values_list("pk", flat=True)
            )
            if any(process.pk not in allowed for process in processes):
                self.add_error(
                    "processes",
                    ValidationError(
                        _("Prozesse müssen zu den gewählten OZG-Leistungen gehören."),
                        code="process_outside_services",
                    ),
                )
        return data


def project_data(cleaned: dict, links_formset) -> ProjectData:
    """ProjectData from the cleaned data of a project form (the site's or the admin's) and of
    its link formset. A cover image left alone (None) stays; False (removed) becomes ""."""
    fields = {name: cleaned[name] for name in SCALAR_FIELDS if name in cleaned}
    if fields.get("cover_image") is None:
        fields.pop("cover_image", None)
    elif fields["cover_image"] is False:
        fields["cover_image"] = ""
    return ProjectData(
        fields=fields,
        **{name: list(cleaned.get(name) or []) for name in RELATION_FIELDS},
        tags=list(cleaned.get("tags") or []),
        links=[
            (link["title"], link["url"])
            for link in links_formset.cleaned_data
            if link and not link.get("DELETE")
        ],
    )


class LinkForm(forms.ModelForm):
    class Meta:
        model = ProjectLink
        fields = ["title", "url"]
        widgets = {"url": forms.URLInput(attrs={"placeholder": "https://"})}


LinkFormSet = inlineformset_factory(
    Project,
    ProjectLink,
    form=LinkForm,
    extra=2,
    max_num=MAX_LINKS,
    absolute_max=MAX_LINKS,
    validate_max=True,
    can_delete=True,
)


class AttachmentForm(forms.Form):
    """One new attachment, optional: PDF, office document or image (content-checked)."""

    file = forms.FileField(
        label=_("Datei"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.png,.jpg,.jpeg,.webp"}
        ),
    )
    title = forms.CharField(label=_("Titel der Datei"), max_length=200, required=False)
    alt_text = forms.CharField(
        label=_("Alternativtext (bei Bildern Pflicht)"),
        max_length=300,
        required=False,
    )

    checked = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "attachment")
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG oder WebP, höchstens %(mb)s MB."
        ) % {"mb": _max_mb()}

    def to_data(self) -> NewAttachment | None:
        """The checked upload for the services, None if no file was chosen."""
        data = self.cleaned_data
        if not data.get("file"):
            return None
        return NewAttachment(
            file=data["file"],
            checked=self.checked,
            title=data["title"],
            alt_text=data.get("alt_text", ""),
        )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            self.checked = check_upload(upload, ATTACHMENT_TYPES)
        return upload

    def clean(self):
        data = super().clean()
        if data.get("file"):
            if not data.get("title"):
                self.add_error(
                    "title",
                    ValidationError(_("Bitte geben Sie der Datei einen Titel."), code="required"),
                )
            if (
                self.checked
                and self.checked.content_type.startswith("image/")
                and not data.get("alt_text")
            ):
                self.add_error(
                    "alt_text",
                    ValidationError(
                        _("Bitte beschreiben Sie das Bild (Alternativtext)."), code="alt_required"
                    ),
                )
        return data


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund der Ablehnung"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Die Person, die das Projekt eingereicht hat, erhält ihn per E-Mail."),
    )
