"""The OZG catalogue: topic fields, life situations, OZG services and LeiKa processes."""

from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kommunect.importing import DataImport


class TopicFieldQuerySet(models.QuerySet):
    def with_service_counts(self):
        return self.annotate(service_count=Count("services", distinct=True)).order_by("order")


class TopicField(models.Model):
    """Themenfeld: one of the 14 OZG topic fields."""

    number = models.PositiveSmallIntegerField(_("Nummer"), unique=True)
    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzname"), max_length=200, unique=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    objects = TopicFieldQuerySet.as_manager()

    class Meta:
        verbose_name = _("Themenfeld")
        verbose_name_plural = _("Themenfelder")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("ozg:topic_field", args=[self.slug])


class LifeSituation(models.Model):
    """Lebenslage (citizens) or Geschäftslage (businesses) within a topic field."""

    class Kind(models.TextChoices):
        CITIZENS = "citizens", _("Lebenslage")
        BUSINESSES = "businesses", _("Geschäftslage")
        OTHER = "other", _("Übergreifend")

    number = models.PositiveIntegerField(_("Nummer"), unique=True)
    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzname"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind, default=Kind.OTHER)
    topic_field = models.ForeignKey(
        TopicField,
        on_delete=models.PROTECT,
        related_name="life_situations",
        verbose_name=_("Themenfeld"),
    )

    class Meta:
        verbose_name = _("Lebenslage")
        verbose_name_plural = _("Lebenslagen")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ServiceQuerySet(models.QuerySet):
    def with_process_counts(self):
        return self.annotate(
            process_count=Count("processes", filter=Q(processes__level="object"), distinct=True)
        )


class Service(models.Model):
    """OZG-Leistung, identified by its OZG-ID."""

    ozg_id = models.CharField(_("OZG-ID"), max_length=10, unique=True)
    name = models.CharField(_("Name"), max_length=300)
    slug = models.SlugField(_("Kurzname"), max_length=300, unique=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    topic_field = models.ForeignKey(
        TopicField, on_delete=models.PROTECT, related_name="services", verbose_name=_("Themenfeld")
    )
    life_situation = models.ForeignKey(
        LifeSituation,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("Lebenslage"),
    )

    objects = ServiceQuerySet.as_manager()

    class Meta:
        verbose_name = _("OZG-Leistung")
        verbose_name_plural = _("OZG-Leistungen")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.ozg_id})"

    def get_absolute_url(self):
        return reverse("ozg:service-detail", args=[self.ozg_id])


UNKEYED_PREFIX = "nicht-im-leika-"


class Process(models.Model):
    """A LeiKa service (Leistung) or process; the Leistungsobjekt level is what users browse.

    Entries marked "nicht im LeiKa" in the catalogue have no key.
    """

    class Level(models.TextChoices):
        OBJECT = "object", _("Leistungsobjekt")
        ACTION = "action", _("Leistungsobjekt mit Verrichtung")
        DETAIL = "detail", _("Leistungsobjekt mit Verrichtung und Detail")
        UNKEYED = "unkeyed", _("Nicht im LeiKa")

    leika_key = models.CharField(
        _("LeiKa-Schlüssel"), max_length=14, unique=True, null=True, blank=True
    )
    name = models.CharField(_("Name"), max_length=500)
    level = models.CharField(_("Ebene"), max_length=10, choices=Level, db_index=True)
    leika_type = models.CharField(_("LeiKa-Typ"), max_length=20, blank=True)
    legal_basis = models.TextField(_("Rechtsgrundlage"), blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("Übergeordnetes Leistungsobjekt"),
    )
    implied = models.BooleanField(
        _("Abgeleitet"),
        default=False,
        help_text=_("Leistungsobjekt, das nur über seine Verrichtungen im Katalog steht."),
    )
    services = models.ManyToManyField(
        Service, related_name="processes", verbose_name=_("OZG-Leistungen"), blank=True
    )

    class Meta:
        verbose_name = _("Prozess (LeiKa-Leistung)")
        verbose_name_plural = _("Prozesse (LeiKa-Leistungen)")
        ordering = ["name"]
        constraints = [
            # import_ozg upserts entries "nicht im LeiKa" on their name.
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(leika_key__isnull=True),
                name="ozg_process_unkeyed_name_unique",
                violation_error_message=_(
                    "Es gibt schon einen Prozess ohne LeiKa-Schlüssel mit diesem Namen."
                ),
            ),
            # Only entries "nicht im LeiKa" lack a key, and a key has 14 digits. (isnull=False:
            # a regex on NULL is unknown, which a CHECK lets pass.)
            models.CheckConstraint(
                condition=Q(level="unkeyed", leika_key__isnull=True)
                | (
                    ~Q(level="unkeyed")
                    & Q(leika_key__isnull=False, leika_key__regex=r"^[0-9]{14}$")
                ),
                name="ozg_process_key_matches_level",
                violation_error_message=_(
                    "Ein LeiKa-Schlüssel hat 14 Ziffern; nur die Ebene „Nicht im LeiKa“ hat keinen."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.leika_key})" if self.leika_key else self.name

    def get_absolute_url(self):
        return reverse("ozg:process-detail", args=[self.url_key])

    @property
    def url_key(self) -> str:
        """The LeiKa key; entries without one are addressed by their id."""
        return self.leika_key or f"{UNKEYED_PREFIX}{self.pk}"

    @property
    def leika_type_meaning(self) -> str:
        """Who regulates and who executes the service, for its LeiKa type ("" if unknown)."""
        return str(LEIKA_TYPES.get(self.leika_type, ""))


# LeiKa types (Typisierung): which level regulates a service and which executes it.
LEIKA_TYPES = {
    "1": _("Der Bund regelt und vollzieht."),
    "2": _("Der Bund regelt, die Länder vollziehen."),
    "3": _("Der Bund regelt, die Kommunen vollziehen."),
    "2/3": _("Der Bund regelt, Länder oder Kommunen vollziehen."),
    "4": _("Das Land regelt, Land oder Kommunen vollziehen."),
    "5": _("Die Kommune regelt und vollzieht."),
}


class CatalogueImport(DataImport):
    class Meta(DataImport.Meta):
        verbose_name = _("Katalog-Import")
        verbose_name_plural = _("Katalog-Importe")
