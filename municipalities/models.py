"""Municipalities (from the official register) and the people who work for them."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kommunect.importing import DataImport
from municipalities.folding import folded_name


class Municipality(models.Model):
    """A body of the register: Land, Regierungsbezirk, Kreis, Gemeindeverband or Gemeinde.

    ``ags`` holds the official key in its natural length: 2 digits for a Land, 3 for a
    Regierungsbezirk, 5 for a Kreis, 9 for a Gemeindeverband, 8 for a Gemeinde.
    """

    class Level(models.TextChoices):
        STATE = "state", _("Land")
        REGION = "region", _("Regierungsbezirk")
        DISTRICT = "district", _("Kreis")
        ASSOCIATION = "association", _("Gemeindeverband")
        MUNICIPALITY = "municipality", _("Gemeinde")
        BODY = "body", _("Sonstige Körperschaft")

    class Kind(models.TextChoices):
        STATE = "land", _("Land")
        REGION = "regierungsbezirk", _("Regierungsbezirk")
        RURAL_DISTRICT = "landkreis", _("Landkreis")
        DISTRICT = "kreis", _("Kreis")
        DISTRICT_FREE_CITY = "kreisfreie_stadt", _("Kreisfreie Stadt")
        URBAN_DISTRICT = "stadtkreis", _("Stadtkreis")
        REGIONAL_ASSOCIATION = "regionalverband", _("Regionalverband")
        ASSOCIATION = "gemeindeverband", _("Gemeindeverband")
        TOWN = "stadt", _("Stadt")
        LARGE_DISTRICT_TOWN = "grosse_kreisstadt", _("Große Kreisstadt")
        MARKET = "markt", _("Markt")
        MUNICIPALITY = "gemeinde", _("Gemeinde")
        UNINCORPORATED = "gemeindefrei", _("Gemeindefreies Gebiet")
        SPECIAL_PURPOSE = "zweckverband", _("Zweckverband")
        IT_PROVIDER = "it_dienstleister", _("IT-Dienstleister")

    ags = models.CharField(_("Amtlicher Schlüssel"), max_length=12, unique=True)
    ars = models.CharField(_("Regionalschlüssel (ARS)"), max_length=12, blank=True)
    name = models.CharField(_("Name"), max_length=200)
    official_name = models.CharField(_("Amtlicher Name"), max_length=200, blank=True)
    slug = models.SlugField(_("Kurzname"), max_length=220, unique=True)
    # Search key of the municipality picker (municipalities/lookup.py): "Köln" → "koeln|koln".
    name_folded = models.GeneratedField(
        expression=folded_name(), output_field=models.TextField(), db_persist=True
    )
    level = models.CharField(_("Ebene"), max_length=20, choices=Level, db_index=True)
    kind = models.CharField(_("Art"), max_length=30, choices=Kind, db_index=True)
    kind_label = models.CharField(_("Amtliche Bezeichnung"), max_length=100, blank=True)
    state = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Bundesland"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("Übergeordnete Einheit"),
        help_text=_("Der Kreis einer kreisangehörigen Gemeinde, das Land eines Kreises."),
    )
    association = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="member_municipalities",
        verbose_name=_("Gemeindeverband"),
    )
    population = models.PositiveIntegerField(_("Einwohner"), null=True, blank=True)
    area_km2 = models.DecimalField(
        _("Fläche (km²)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    postal_code = models.CharField(_("PLZ"), max_length=5, blank=True)
    seat = models.CharField(_("Verwaltungssitz"), max_length=200, blank=True)
    latitude = models.DecimalField(
        _("Breitengrad"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("Längengrad"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    # A unit missing from a newer edition of the register is kept and marked dissolved with that
    # edition's date (municipalities/importer.py); ``successor`` is the Gemeinde that took over
    # its area where the register allows to tell (same name under a new key, merger partners).
    dissolved_on = models.DateField(_("Aufgelöst am"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="predecessors",
        verbose_name=_("Nachfolgerin"),
    )
    # Earlier slugs and keys: their URLs redirect to the current page.
    former_slugs = ArrayField(models.CharField(max_length=220), default=list, blank=True)
    former_ags = ArrayField(models.CharField(max_length=12), default=list, blank=True)
    website = models.URLField(_("Website"), blank=True)
    profile = models.TextField(_("Profil"), blank=True)
    officer_name = models.CharField(_("Digitalisierungsbeauftragte(r)"), max_length=200, blank=True)
    officer_role = models.CharField(_("Funktion"), max_length=200, blank=True)
    officer_email = models.EmailField(_("E-Mail der/des Beauftragten"), blank=True)
    officer_phone = models.CharField(_("Telefon der/des Beauftragten"), max_length=50, blank=True)
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")
        ordering = ["name", "ags"]
        indexes = [
            models.Index(fields=["name"]),
            models.Index(fields=["state", "level"]),
            # Municipality picker and autocomplete (municipalities/lookup.py): substring and
            # typo search on the folded name.
            GinIndex(
                OpClass(F("name_folded"), name="gin_trgm_ops"),
                name="municipality_name_folded_trgm",
            ),
            GinIndex(fields=["former_slugs", "former_ags"], name="municipality_former_keys"),
        ]

    def __str__(self):
        return f"{self.name} ({self.kind_name})"

    def get_absolute_url(self):
        return reverse("regions:detail", args=[self.slug])

    @property
    def is_dissolved(self) -> bool:
        return self.dissolved_on is not None

    @property
    def kind_name(self) -> str:
        """The kind as the register names it ("Stadtkreis", "Amt"), else the kind's label: the
        one kind label of pages, cards and pickers. Needs ``kind_label`` loaded."""
        return self.kind_label or self.get_kind_display()

    @property
    def details(self) -> str:
        """Kind, AGS and Land, and "aufgelöst" for a dissolved unit: what tells namesakes apart
        in search results and pickers. Needs ``kind_label``, ``dissolved_on`` and ``state``."""
        parts = [self.kind_name, f"{gettext('AGS')} {self.ags}"]
        if self.state_id and self.state_id != self.pk:
            parts.append(self.state.name)
        if self.is_dissolved:
            parts.append(gettext("aufgelöst"))
        return ", ".join(parts)

    @property
    def label(self) -> str:
        """Name with ``details``, for one-line pickers (autocomplete)."""
        return f"{self.name} ({self.details})"

    @property
    def is_standalone_association(self) -> bool:
        """A Gemeinde that belongs to no Gemeindeverband is listed as its own (GV100
        Textkennzeichen 50, "Verbandsfreie Gemeinde"): that entry stands for the Gemeinde."""
        return (
            self.level == self.Level.ASSOCIATION and self.kind_label == STANDALONE_ASSOCIATION_LABEL
        )

    def district_twin(self) -> "Municipality | None":
        """The Kreis entry of a kreisfreie Stadt (Stadtkreis in Baden-Württemberg), for its
        Gemeinde entry: the register lists such a city twice, as Kreis (Berlin 11000) and as
        Gemeinde below it (11000000). None for any other body. Reads ``parent`` (a query unless
        loaded with the row)."""
        if self.level != self.Level.MUNICIPALITY or self.kind != self.Kind.DISTRICT_FREE_CITY:
            return None
        parent = self.parent
        if parent is None or parent.level != self.Level.DISTRICT:
            return None
        return parent if parent.kind in CITY_DISTRICT_KINDS else None

    def city_of_district_twin(self) -> "Municipality | None":
        """The Gemeinde entry of a kreisfreie Stadt, for its Kreis entry (the reverse of
        ``district_twin``); None for any other body. One query for a Kreis, else none."""
        if self.level != self.Level.DISTRICT or self.kind not in CITY_DISTRICT_KINDS:
            return None
        return (
            self.children.filter(level=self.Level.MUNICIPALITY, kind=self.Kind.DISTRICT_FREE_CITY)
            .only("slug")
            .first()
        )

    @property
    def belongs_to(self) -> "Municipality | None":
        """The body this one is part of, as a page names it ("Gehört zu"): the parent, unless
        that is the city itself in its Kreis entry."""
        if self.parent_id is None or self.district_twin() is not None:
            return None
        return self.parent


# GV100 Textkennzeichen 50 (municipalities/register_files.py): see is_standalone_association.
STANDALONE_ASSOCIATION_LABEL = "Verbandsfreie Gemeinde"
# The Kreis entries of kreisfreie Städte: see district_twin.
CITY_DISTRICT_KINDS = {Municipality.Kind.DISTRICT_FREE_CITY, Municipality.Kind.URBAN_DISTRICT}


class Membership(models.Model):
    """A user works for a municipality, as editor or municipality admin, once approved."""

    class Role(models.TextChoices):
        EDITOR = "editor", _("Redakteur/in")
        ADMIN = "admin", _("Kommunen-Admin")

    class State(models.TextChoices):
        REQUESTED = "requested", _("Angefragt")
        APPROVED = "approved", _("Bestätigt")
        DECLINED = "declined", _("Abgelehnt")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("Person"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("Kommune"),
    )
    role = models.CharField(_("Rolle"), max_length=10, choices=Role, default=Role.EDITOR)
    state = models.CharField(
        _("Status"), max_length=10, choices=State, default=State.REQUESTED, db_index=True
    )
    message = models.TextField(_("Nachricht"), blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Entschieden von"),
    )
    decided_at = models.DateTimeField(_("Entschieden am"), null=True, blank=True)
    created_at = models.DateTimeField(_("Angefragt am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "municipality"], name="membership_unique_user_municipality"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.municipality} ({self.get_role_display()})"

    @property
    def is_approved(self) -> bool:
        return self.state == self.State.APPROVED

    @property
    def is_declined(self) -> bool:
        return self.state == self.State.DECLINED

    @property
    def manages_members(self) -> bool:
        """An approved municipality admin: decides join requests, manages the members."""
        return self.is_approved and self.role == self.Role.ADMIN


class StaffProfile(models.Model):
    """What a signed-in person tells about themselves."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("Person"),
    )
    position = models.CharField(_("Funktion"), max_length=200, blank=True)
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)

    class Meta:
        verbose_name = _("Profil")
        verbose_name_plural = _("Profile")

    def __str__(self):
        return str(self.user)


class RegisterImport(DataImport):
    class Meta(DataImport.Meta):
        verbose_name = _("Register-Import")
        verbose_name_plural = _("Register-Importe")
