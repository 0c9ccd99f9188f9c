"""Projects and ideas that municipalities share, and what happens around them."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, GistIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Concat, NullIf, Trim
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from municipalities.models import Municipality
from ozg.models import Process, Service, TopicField
from projects.markdown import MAX_LENGTH, render_description
from projects.upload_paths import attachment_path, cover_image_path


def clear_lineage(collector, field, sub_objs, using):
    """on_delete of ``Project.based_on``: the reuses of a deleted project lose their original
    and with it the type of their lineage (``reuse_kind`` is blank without ``based_on``)."""
    # The type first: the check constraint holds after each of the two updates.
    collector.add_field_update(field.model._meta.get_field("reuse_kind"), "", sub_objs)
    collector.add_field_update(field, None, sub_objs)


clear_lineage.lazy_sub_objs = True


class ProjectQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication_state=Project.PublicationState.PUBLISHED)

    def demo(self):
        return self.filter(is_demo=True)

    def visible_to(self, user):
        """Published projects, plus the drafts of the user's municipalities; curators see all."""
        from municipalities.access import editable_municipality_ids, is_curator

        if not user.is_authenticated:
            return self.published()
        if is_curator(user):
            return self
        return self.filter(
            Q(publication_state=Project.PublicationState.PUBLISHED)
            | Q(owner_id__in=editable_municipality_ids(user))
        )

    def editable_by(self, user):
        """Projects of the municipalities the user edits for ("Meine Projekte")."""
        from municipalities.access import editable_municipality_ids

        return self.filter(owner_id__in=editable_municipality_ids(user))

    def awaiting_moderation(self):
        """Submitted projects, the longest-waiting submission first (moderation queue), with
        who submitted them when and the version of the last rejection (None if never)."""
        submitted = ProjectEvent.objects.filter(
            project=OuterRef("pk"), action=ProjectEvent.Action.SUBMITTED
        ).order_by("-created_at", "-id")
        actor_name = Coalesce(
            NullIf(Trim(Concat("actor__first_name", Value(" "), "actor__last_name")), Value("")),
            "actor__username",
        )
        rejected = ProjectEvent.objects.filter(
            project=OuterRef("pk"), action=ProjectEvent.Action.REJECTED
        ).order_by("-created_at", "-id")
        return (
            self.filter(publication_state=Project.PublicationState.SUBMITTED)
            .select_related("owner")
            .annotate(
                submitted_at=Subquery(submitted.values("created_at")[:1]),
                submitted_by=Subquery(submitted.annotate(name=actor_name).values("name")[:1]),
                rejected_version=Subquery(rejected.values("version")[:1]),
            )
            .order_by(F("submitted_at").asc(nulls_first=True), "updated_at", "pk")
        )

    def changed_since_review(self):
        """Published projects whose content changed after their publication or the curators'
        last review (the "reviewed" event), the longest-unreviewed first; ``reviewed_version``
        is the version the curators last saw. A published project without such an event (data
        imported without history) counts as reviewed at version 1."""
        reviewed = ProjectEvent.objects.filter(
            project=OuterRef("pk"),
            action__in=[ProjectEvent.Action.PUBLISHED, ProjectEvent.Action.REVIEWED],
        ).order_by("-version", "-id")
        return (
            self.filter(publication_state=Project.PublicationState.PUBLISHED, version__gt=1)
            .select_related("owner")
            .annotate(
                reviewed_version=Coalesce(
                    Subquery(reviewed.values("version")[:1]), 1, output_field=models.IntegerField()
                )
            )
            .filter(version__gt=F("reviewed_version"))
            .order_by("updated_at", "pk")
        )

    def for_cards(self):
        """What a project card shows, in a fixed number of queries."""
        return self.select_related("owner").only(
            "id",
            "slug",
            "title",
            "summary",
            "kind",
            "status",
            "publication_state",
            "updated_at",
            "reuse_offered",
            "reuse_count",
            "is_open_source",
            "is_demo",
            "owner__name",
            "owner__slug",
            "owner__kind",
            "owner__kind_label",
        )

    def for_detail(self):
        """What the project page shows: 1 query for the row, 7 for its lists, however long."""
        return self.select_related("owner", "based_on", "based_on__owner").prefetch_related(
            models.Prefetch(
                "services", queryset=Service.objects.select_related("topic_field").order_by("name")
            ),
            models.Prefetch("topic_fields", queryset=TopicField.objects.order_by("order", "name")),
            models.Prefetch("processes", queryset=Process.objects.order_by("name")),
            models.Prefetch("partners", queryset=Municipality.objects.order_by("name")),
            "tags",
            "links",
            "attachments",
        )


class Project(models.Model):
    class Kind(models.TextChoices):
        PROJECT = "project", _("Projekt")
        IDEA = "idea", _("Idee")

    class Status(models.TextChoices):
        # Not "Idee": cards show kind and status side by side ("Idee · Angedacht").
        IDEA = "idea", _("Angedacht")
        PLANNED = "planned", _("Geplant")
        IN_PROGRESS = "in_progress", _("In Umsetzung")
        COMPLETED = "completed", _("Abgeschlossen")
        DISCONTINUED = "discontinued", _("Eingestellt")

    # ADMS status vocabulary (http://purl.org/adms/status/) for exports.
    ADMS_STATUS = {
        Status.IDEA: "UnderDevelopment",
        Status.PLANNED: "UnderDevelopment",
        Status.IN_PROGRESS: "UnderDevelopment",
        Status.COMPLETED: "Completed",
        Status.DISCONTINUED: "Withdrawn",
    }

    class PublicationState(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        SUBMITTED = "submitted", _("Zur Prüfung eingereicht")
        PUBLISHED = "published", _("Veröffentlicht")
        REJECTED = "rejected", _("Abgelehnt")
        ARCHIVED = "archived", _("Archiviert")

    SUBMITTABLE_STATES = frozenset({PublicationState.DRAFT, PublicationState.REJECTED})
    # A project that was never published can be deleted from these states; once published (or
    # while the curators review it) it can only be archived.
    DELETABLE_STATES = frozenset(
        {PublicationState.DRAFT, PublicationState.REJECTED, PublicationState.ARCHIVED}
    )

    class ReuseKind(models.TextChoices):
        """How a project reuses its original (``based_on``); the labels name the lineage."""

        ADOPTED = "adopted", _("übernommen")
        ADAPTED = "adapted", _("angepasst")
        INSPIRED = "inspired", _("inspiriert von")

    # The lineage as a project page names it: "Übernommen von <original>".
    REUSE_KIND_ORIGIN_LABELS = {
        ReuseKind.ADOPTED: _("Übernommen von"),
        ReuseKind.ADAPTED: _("Angepasst von"),
        ReuseKind.INSPIRED: _("Inspiriert von"),
    }

    class TargetGroup(models.TextChoices):
        CITIZENS = "citizens", _("Bürgerinnen und Bürger")
        BUSINESSES = "businesses", _("Unternehmen")
        ADMINISTRATION = "administration", _("Verwaltung")

    kind = models.CharField(_("Art"), max_length=10, choices=Kind, default=Kind.PROJECT)
    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(_("Kurzname"), max_length=220, unique=True)
    summary = models.CharField(
        _("Kurzbeschreibung"), max_length=500, help_text=_("Ein bis drei Sätze.")
    )
    description = models.TextField(
        _("Beschreibung"), blank=True, max_length=MAX_LENGTH, help_text=_("Markdown ist erlaubt.")
    )
    # The description as sanitized HTML, rendered once when it is saved (see save()).
    description_html = models.TextField(blank=True, default="", editable=False)
    status = models.CharField(_("Status"), max_length=20, choices=Status, default=Status.PLANNED)
    start_date = models.DateField(_("Beginn"), null=True, blank=True)
    end_date = models.DateField(_("Ende"), null=True, blank=True)

    owner = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="projects",
        verbose_name=_("Kommune"),
    )
    partners = models.ManyToManyField(
        Municipality,
        related_name="partner_projects",
        blank=True,
        verbose_name=_("Partnerkommunen"),
    )
    services = models.ManyToManyField(
        Service, related_name="projects", blank=True, verbose_name=_("OZG-Leistungen")
    )
    processes = models.ManyToManyField(
        Process, related_name="projects", blank=True, verbose_name=_("Prozesse")
    )
    topic_fields = models.ManyToManyField(
        TopicField,
        related_name="projects",
        blank=True,
        verbose_name=_("Themenfelder"),
        help_text=_("Wird aus den OZG-Leistungen abgeleitet."),
    )
    tags = TaggableManager(_("Schlagworte"), blank=True)
    target_groups = ArrayField(
        models.CharField(max_length=20, choices=TargetGroup),
        verbose_name=_("Zielgruppen"),
        default=list,
        blank=True,
    )

    value_proposition = models.TextField(_("Nutzen"), blank=True, max_length=5000)
    benefit_evidence = models.TextField(
        _("Wie der Nutzen gezeigt wird"), blank=True, max_length=5000
    )
    cost_one_off = models.DecimalField(
        _("Einmalige Kosten (EUR)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    cost_annual = models.DecimalField(
        _("Jährliche Kosten (EUR)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    funding_programme = models.CharField(_("Förderprogramm"), max_length=300, blank=True)
    technology = models.TextField(_("Technik und Produkte"), blank=True, max_length=5000)
    is_open_source = models.BooleanField(_("Open Source"), default=False)
    license = models.CharField(_("Lizenz"), max_length=100, blank=True)
    repository_url = models.URLField(_("Quellcode-Repository"), blank=True)
    reuse_offered = models.BooleanField(_("Nachnutzung angeboten"), default=False)
    reuse_offer = models.TextField(_("Was Nachnutzende erhalten"), blank=True, max_length=5000)
    reuse_conditions = models.TextField(
        _("Bedingungen der Nachnutzung"), blank=True, max_length=5000
    )
    lessons_learned = models.TextField(_("Erfahrungen"), blank=True, max_length=10000)
    based_on = models.ForeignKey(
        "self",
        on_delete=clear_lineage,
        null=True,
        blank=True,
        related_name="reused_by",
        verbose_name=_("Nachnutzung von"),
    )
    reuse_kind = models.CharField(
        _("Art der Nachnutzung"),
        max_length=10,
        choices=ReuseKind,
        blank=True,
        default="",
        help_text=_("Wie Ihr Projekt das Original nachnutzt."),
    )
    # Municipalities other than the owner that own a published project based on this one;
    # kept true by the services (projects.reuse_counts), never edited.
    reuse_count = models.PositiveIntegerField(_("Nachnutzende Kommunen"), default=0, editable=False)

    contact_name = models.CharField(_("Ansprechperson"), max_length=200, blank=True)
    contact_role = models.CharField(_("Funktion der Ansprechperson"), max_length=200, blank=True)
    contact_email = models.EmailField(_("E-Mail der Ansprechperson"), blank=True)
    contact_phone = models.CharField(_("Telefon der Ansprechperson"), max_length=50, blank=True)

    cover_image = models.ImageField(
        _("Titelbild"), upload_to=cover_image_path, blank=True, max_length=300
    )
    cover_alt_text = models.CharField(
        _("Alternativtext des Titelbilds"), max_length=300, blank=True
    )

    publication_state = models.CharField(
        _("Veröffentlichung"),
        max_length=10,
        choices=PublicationState,
        default=PublicationState.DRAFT,
    )
    rejection_reason = models.TextField(_("Ablehnungsgrund"), blank=True)
    featured = models.BooleanField(_("Hervorgehoben"), default=False)
    last_confirmed = models.DateField(_("Zuletzt bestätigt"), null=True, blank=True)
    # The last day the project counts as "gut nachnutzbar" (projects/readiness.py): its checklist
    # is complete and its status confirmed; NULL if an item is missing. The search compares it
    # with the current date, so that it never goes stale.
    ready_until = models.DateField(_("Gut nachnutzbar bis"), null=True, editable=False)
    is_demo = models.BooleanField(_("Demo-Inhalt"), default=False, editable=False)
    # The archetype (projects.demo.archetypes) a demo project was generated from; the judged
    # relevance set of the search (tests/projects/relevance) names archetypes, not projects.
    demo_archetype = models.CharField(
        _("Demo-Vorlage"), max_length=60, blank=True, default="", editable=False
    )

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="created_projects",
        verbose_name=_("Angelegt von"),
    )
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Geändert am"), auto_now=True)
    published_at = models.DateTimeField(_("Veröffentlicht am"), null=True, blank=True)
    version = models.PositiveIntegerField(_("Version"), default=1)
    # Empty until projects.search_index computes it; never NULL, so that a negated text query
    # ("-kita") also matches a project whose vector is not computed yet.
    search_vector = SearchVectorField(db_default=Value(""), editable=False)
    # The split compounds of the title ("Personal-Ausweis"), indexed with weight B, and of the
    # other texts, weight D: a part ranks below the whole word of its field. Written with
    # search_vector by projects.search_index (see projects/compounds.py).
    title_compound_terms = models.TextField(db_default="", editable=False)
    compound_terms = models.TextField(db_default="", editable=False)
    # The title folded (kommunect_fold: lower case, no accents, ue→u) for the word matches of
    # similar projects and the duplicate hint (projects/similar.py).
    title_folded = models.GeneratedField(
        expression=models.Func(F("title"), function="kommunect_fold"),
        output_field=models.TextField(),
        db_persist=True,
    )
    # Facet values of the search page, denormalised into the row so that facet counts need no
    # joins. Filled by the database trigger of migration 0002_search_facets whenever
    # search_vector, owner or start date is written (see projects/facets.py).
    facet_state_id = models.BigIntegerField(null=True, editable=False)
    facet_owner_kind = models.CharField(max_length=30, blank=True, editable=False)
    facet_population_class = models.PositiveSmallIntegerField(null=True, editable=False)
    facet_start_year = models.PositiveSmallIntegerField(null=True, editable=False)
    facet_topic_ids = ArrayField(models.BigIntegerField(), default=list, editable=False)
    facet_life_situation_ids = ArrayField(models.BigIntegerField(), default=list, editable=False)
    facet_service_ids = ArrayField(models.BigIntegerField(), default=list, editable=False)
    facet_tag_ids = ArrayField(models.BigIntegerField(), default=list, editable=False)
    # All of the above (and kind, status, reuse, open source) as "facet:value", e.g.
    # "status:completed", "topic:7": facet counts unnest this one array (projects/facets.py).
    facet_values = ArrayField(models.TextField(), default=list, editable=False)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("Projekt")
        verbose_name_plural = _("Projekte")
        ordering = ["-updated_at"]
        indexes = [
            # Text search; only published projects are ever searched by text.
            GinIndex(
                fields=["search_vector"],
                condition=Q(publication_state="published"),
                name="project_published_search_gin",
            ),
            # Similar projects and the duplicate hint (projects/similar.py): the published titles
            # that contain a word (LIKE '%word%' by trigrams).
            GinIndex(
                OpClass(F("title_folded"), name="gin_trgm_ops"),
                condition=Q(publication_state="published"),
                name="project_title_folded_trgm",
            ),
            # Newest first: project lists and the search without text (ORDER BY both columns).
            models.Index(
                fields=["publication_state", "-published_at", "-id"], name="project_newest_idx"
            ),
            models.Index(fields=["publication_state", "-updated_at"], name="project_upd_idx"),
            models.Index(fields=["owner", "publication_state"], name="project_owner_idx"),
            # Search sort "meist nachgenutzt" and the facet "wird nachgenutzt" (reuse_count > 0).
            models.Index(
                fields=["-reuse_count", "-published_at", "-id"],
                condition=Q(publication_state="published"),
                name="project_most_reused_idx",
            ),
            # The site-wide demo notice asks on every page whether any demo project exists.
            models.Index(fields=["is_demo"], condition=Q(is_demo=True), name="project_demo_idx"),
            # Facet counts without a text query (projects/facets.py): an index-only scan.
            models.Index(
                fields=["id"],
                include=["facet_values", "ready_until"],
                condition=Q(publication_state="published"),
                name="project_facets_cover",
            ),
            # The facet "gut nachnutzbar" (ready_until >= today).
            models.Index(
                fields=["ready_until"],
                condition=Q(publication_state="published"),
                name="project_ready_idx",
            ),
            # Facet filters of the search page (any combination, btree_gin for the scalars):
            # a Bundesland + topic + status filter reads ~100 rows instead of scanning all.
            GinIndex(
                fields=[
                    "facet_state_id",
                    "status",
                    "kind",
                    "facet_owner_kind",
                    "facet_population_class",
                    "facet_start_year",
                    "facet_topic_ids",
                    "facet_life_situation_ids",
                    "facet_service_ids",
                    "facet_tag_ids",
                ],
                condition=Q(publication_state="published"),
                name="project_facet_filter_gin",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="project_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(cover_image="") | ~Q(cover_alt_text=""),
                name="project_cover_has_alt_text",
            ),
            models.CheckConstraint(
                condition=Q(reuse_kind="") | Q(based_on__isnull=False),
                name="project_reuse_kind_needs_original",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, update_fields=None, **kwargs):
        """Render the description whenever it is written, so that no view renders Markdown."""
        if update_fields is None or "description" in update_fields:
            self.description_html = render_description(self.description)
            if update_fields is not None:
                update_fields = {*update_fields, "description_html"}
        if self.based_on_id is None and self.reuse_kind:  # no original, no type of lineage
            self.reuse_kind = ""
            if update_fields is not None:
                update_fields = {*update_fields, "reuse_kind"}
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self):
        return reverse("projects:detail", args=[self.slug])

    @property
    def lineage_label(self) -> str:
        """ "Übernommen von", "Angepasst von", "Inspiriert von"; "Nachnutzung von" untyped."""
        return str(self.REUSE_KIND_ORIGIN_LABELS.get(self.reuse_kind, _("Nachnutzung von")))

    @property
    def is_reused(self) -> bool:
        return self.reuse_count > 0

    @property
    def adms_status(self):
        return self.ADMS_STATUS[self.status]

    # --- the publication state, asked by name (templates compare no state codes) -------------

    @property
    def is_draft(self) -> bool:
        return self.publication_state == self.PublicationState.DRAFT

    @property
    def is_submitted(self) -> bool:
        return self.publication_state == self.PublicationState.SUBMITTED

    @property
    def is_published(self) -> bool:
        return self.publication_state == self.PublicationState.PUBLISHED

    @property
    def is_rejected(self) -> bool:
        return self.publication_state == self.PublicationState.REJECTED

    @property
    def is_archived(self) -> bool:
        return self.publication_state == self.PublicationState.ARCHIVED

    @property
    def can_be_submitted(self) -> bool:
        """A draft, or a rejected project after changes, can go to the curators."""
        return self.publication_state in self.SUBMITTABLE_STATES

    @property
    def can_be_deleted(self) -> bool:
        """Whether the project's own fields allow deleting it (no query): never published and
        not under review. The deletion service also checks the history for a publication."""
        return self.published_at is None and self.publication_state in self.DELETABLE_STATES


class ProjectLink(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="links", verbose_name=_("Projekt")
    )
    title = models.CharField(_("Titel"), max_length=200)
    url = models.URLField(_("Adresse"), max_length=500)

    class Meta:
        verbose_name = _("Link")
        verbose_name_plural = _("Links")
        ordering = ["id"]

    def __str__(self):
        return self.title


class Attachment(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("Projekt")
    )
    file = models.FileField(_("Datei"), upload_to=attachment_path, max_length=300)
    title = models.CharField(_("Titel"), max_length=200)
    alt_text = models.CharField(
        _("Alternativtext"), max_length=300, blank=True, help_text=_("Pflicht bei Bildern.")
    )
    content_type = models.CharField(_("Dateityp"), max_length=100)
    size = models.PositiveBigIntegerField(_("Größe (Bytes)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Hochgeladen von"),
    )
    created_at = models.DateTimeField(_("Hochgeladen am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Anhang")
        verbose_name_plural = _("Anhänge")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(content_type__startswith="image/") | ~Q(alt_text=""),
                name="attachment_image_has_alt_text",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_image(self):
        return self.content_type.startswith("image/")


class ProjectEvent(models.Model):
    """History: who did what to a project when, with the changed fields and a snapshot."""

    class Action(models.TextChoices):
        """What happened; the labels are how the history page names it."""

        CREATED = "created", _("angelegt")
        EDITED = "edited", _("bearbeitet")
        SUBMITTED = "submitted", _("zur Prüfung eingereicht")
        PUBLISHED = "published", _("veröffentlicht")
        REJECTED = "rejected", _("abgelehnt")
        ARCHIVED = "archived", _("archiviert")
        UNARCHIVED = "unarchived", _("aus dem Archiv geholt")
        CONFIRMED = "confirmed", _("als aktuell bestätigt")
        RESTORED = "restored", _("frühere Version wiederhergestellt")
        ATTACHMENT_DELETED = "attachment_deleted", _("Anhang gelöscht")
        FEATURED = "featured", _("hervorgehoben")
        UNFEATURED = "unfeatured", _("Hervorhebung aufgehoben")
        REVIEWED = "reviewed", _("Änderungen vom Kuratorium gesichtet")
        # Once, by migration: a count of interest that no municipality stood behind.
        INTEREST_MIGRATED = "interest_migrated", _("Nachnutzungsinteresse übernommen")

    # Events whose snapshot is a content version that can be restored.
    CONTENT_ACTIONS = frozenset({Action.CREATED, Action.EDITED, Action.RESTORED})

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="events", verbose_name=_("Projekt")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Person"),
    )
    action = models.CharField(_("Aktion"), max_length=30, choices=Action)
    version = models.PositiveIntegerField(_("Version"))
    changes = models.JSONField(_("Änderungen"), default=dict, blank=True)
    snapshot = models.JSONField(_("Stand"), default=dict, blank=True)
    note = models.TextField(_("Bemerkung"), blank=True)
    created_at = models.DateTimeField(_("Zeitpunkt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Änderung")
        verbose_name_plural = _("Verlauf")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return _("%(project)s, Version %(version)s") % {
            "project": self.project,
            "version": self.version,
        }


class ReuseRequestQuerySet(models.QuerySet):
    def active(self):
        """Requests still under way: offen, in Klärung or vereinbart (one per project and
        municipality at a time)."""
        return self.filter(state__in=ReuseRequest.ACTIVE_STATES)

    def visible_to(self, user):
        """The requests of the user's municipalities, asked or asked for; curators see all."""
        from municipalities.access import editable_municipality_ids, is_curator

        if not user.is_authenticated:
            return self.none()
        if is_curator(user):
            return self
        ids = editable_municipality_ids(user)
        return self.filter(Q(project__owner_id__in=ids) | Q(municipality_id__in=ids))


class ReuseRequest(models.Model):
    """Municipality B asks municipality A to reuse A's project ("Nachnutzung anfragen").

    Written only by projects.services.requests; its thread and history are ReuseRequestEvent.
    """

    class State(models.TextChoices):
        OPEN = "open", _("offen")
        CLARIFYING = "clarifying", _("in Klärung")
        AGREED = "agreed", _("vereinbart")
        DECLINED = "declined", _("abgelehnt")
        WITHDRAWN = "withdrawn", _("zurückgezogen")
        COMPLETED = "completed", _("umgesetzt")

    class Part(models.TextChoices):
        CONCEPT = "concept", _("Konzept")
        SOFTWARE = "software", _("Software")
        DOCUMENTS = "documents", _("Unterlagen und Ausschreibungen")
        CONTRACTS = "contracts", _("Verträge")
        EXPERIENCE = "experience", _("Erfahrungen")

    ACTIVE_STATES = (State.OPEN, State.CLARIFYING, State.AGREED)

    project = models.ForeignKey(
        Project,
        on_delete=models.CASCADE,
        related_name="reuse_requests",
        verbose_name=_("Projekt"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="reuse_requests",
        verbose_name=_("Anfragende Kommune"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Angefragt von"),
    )
    parts = ArrayField(
        models.CharField(max_length=20, choices=Part),
        verbose_name=_("Was nachgenutzt werden soll"),
        default=list,
        blank=True,
    )
    timeline = models.CharField(_("Geplanter Zeitraum"), max_length=200, blank=True)
    questions = models.TextField(_("Fragen"), blank=True, max_length=5000)
    state = models.CharField(_("Stand"), max_length=20, choices=State, default=State.OPEN)
    first_answered_at = models.DateTimeField(_("Erste Antwort am"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("Erinnert am"), null=True, blank=True)
    # Every write raises it; a form posted from an older page is refused (a second tab).
    version = models.PositiveIntegerField(_("Version"), default=1)
    resulting_project = models.ForeignKey(
        Project,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="fulfilled_reuse_requests",
        verbose_name=_("Daraus entstandenes Projekt"),
    )
    # Not auto_now_add: the migration from ReuseInterest keeps the original date.
    created_at = models.DateTimeField(_("Angefragt am"), default=timezone.now)
    updated_at = models.DateTimeField(_("Geändert am"), auto_now=True)

    objects = ReuseRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("Nachnutzungsanfrage")
        verbose_name_plural = _("Nachnutzungsanfragen")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["state", "created_at"], name="reuse_request_state_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "municipality"],
                condition=Q(state__in=["open", "clarifying", "agreed"]),
                name="reuse_request_one_active",
                violation_error_message=_(
                    "Ihre Kommune hat für dieses Projekt bereits eine offene Anfrage."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.municipality} → {self.project}"

    def get_absolute_url(self):
        return reverse("projects:request", args=[self.project.slug, self.pk])

    @property
    def is_active(self) -> bool:
        return self.state in self.ACTIVE_STATES

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN

    @property
    def is_agreed(self) -> bool:
        return self.state == self.State.AGREED

    @property
    def part_labels(self) -> list[str]:
        return [str(self.Part(value).label) for value in self.parts if value in self.Part.values]


class ReuseRequestEvent(models.Model):
    """The thread and history of a reuse request: messages and state changes, who and when."""

    class Action(models.TextChoices):
        ASKED = "asked", _("hat die Nachnutzung angefragt")
        MESSAGE = "message", _("hat geschrieben")
        ANSWERED = "answered", _("hat geantwortet")
        AGREED = "agreed", _("hat der Nachnutzung zugestimmt")
        DECLINED = "declined", _("hat die Anfrage abgelehnt")
        WITHDRAWN = "withdrawn", _("hat die Anfrage zurückgezogen")
        COMPLETED = "completed", _("hat die Nachnutzung umgesetzt")
        REMINDED = "reminded", _("Erinnerung an die Kommune verschickt")
        MIGRATED = "migrated", _("aus einer Interessenbekundung übernommen")

    request = models.ForeignKey(
        ReuseRequest, on_delete=models.CASCADE, related_name="events", verbose_name=_("Anfrage")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Person"),
    )
    # The municipality the actor spoke for (A or B); empty for curators and the system.
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Für die Kommune"),
    )
    action = models.CharField(_("Aktion"), max_length=20, choices=Action)
    state = models.CharField(_("Stand danach"), max_length=20, choices=ReuseRequest.State)
    text = models.TextField(_("Text"), blank=True, max_length=5000)
    created_at = models.DateTimeField(_("Zeitpunkt"), default=timezone.now)

    class Meta:
        verbose_name = _("Eintrag einer Nachnutzungsanfrage")
        verbose_name_plural = _("Einträge von Nachnutzungsanfragen")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.request}: {self.get_action_display()}"


class SearchWord(models.Model):
    """A word of the published projects' text, for "did you mean" (projects/search_words.py).

    Rebuilt by ``manage.py refresh_search_words``; the words of a saved project are added after
    its commit. ``folded`` is ``kommunect_fold(word)`` (lower case, no accents, ue→u), searched
    by trigram distance.
    """

    word = models.TextField(primary_key=True)
    folded = models.TextField()
    projects = models.PositiveIntegerField(default=0)  # published projects using the word

    class Meta:
        indexes = [
            GistIndex(OpClass("folded", name="gist_trgm_ops"), name="searchword_folded_trgm"),
        ]

    def __str__(self):
        return self.word


class ContactMessage(models.Model):
    """A message sent with a contact form: who wrote to whom and when, never the text.

    The contact forms (projects/services/contact.py) count these rows for their rate limits,
    the curators read them (projects:contact-log), and a recipient can report one as abuse
    with the signed link in the e-mail. ``recipient_emails`` is what the limit per recipient
    counts; no page shows it.
    """

    class RecipientKind(models.TextChoices):
        PROJECT_CONTACT = "project_contact", _("Ansprechperson des Projekts")
        OFFICER = "officer", _("Ansprechperson für Digitalisierung")
        ADMINS = "admins", _("Kommunen-Admins")

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("Absender/in"),
    )
    sender_name = models.CharField(_("Name der Absenderin/des Absenders"), max_length=300)
    sender_municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Kommune der Absenderin/des Absenders"),
    )
    recipient_kind = models.CharField(_("Empfänger"), max_length=20, choices=RecipientKind)
    recipient_emails = ArrayField(models.EmailField(), verbose_name=_("Empfangsadressen"))
    project = models.ForeignKey(
        Project,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Projekt"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Kommune"),
        help_text=_("Die angeschriebene Kommune; bei einem Projekt die Kommune des Projekts."),
    )
    subject_title = models.CharField(
        _("Projekt oder Kommune"),
        max_length=300,
        help_text=_("Der Titel des Projekts oder der Name der Kommune beim Versand."),
    )
    created_at = models.DateTimeField(_("Gesendet am"), auto_now_add=True, db_index=True)
    reported_at = models.DateTimeField(_("Als Missbrauch gemeldet am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Kontaktnachricht")
        verbose_name_plural = _("Kontaktnachrichten")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["sender", "created_at"], name="contact_sender_time"),
            GinIndex(fields=["recipient_emails"], name="contact_recipient_emails"),
        ]

    def __str__(self):
        return f"{self.sender_name} → {self.subject_title}"

    @property
    def is_reported(self) -> bool:
        return self.reported_at is not None
