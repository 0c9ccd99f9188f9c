"""Admin for projects and what hangs on them: the curators' tool for bulk work and repairs.

Edits made here keep the same invariants as the platform's own forms: the version goes up
(so that an open edit form detects the change), a form loaded before someone else saved is
refused instead of overwriting that change, topic fields are derived from the OZG services,
the search vector is refreshed and every change is recorded in the history. Publishing and
archiving go through projects.services (permission check, e-mail to the author, history).
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kommunect.admin import ReadOnlyAdminMixin
from ozg.models import TopicField
from projects import services
from projects.changes import diff, project_snapshot
from projects.lineage import validate_original
from projects.models import Attachment, Project, ProjectEvent, ProjectLink, ReuseInterest
from projects.search_index import update_search_vectors
from projects.services import Action

State = Project.PublicationState
ADMIN_NOTE = _("im Admin")


def record_bulk_event(projects, actor, action: str) -> None:
    ProjectEvent.objects.bulk_create(
        ProjectEvent(
            project=project, actor=actor, action=action, version=project.version, note=ADMIN_NOTE
        )
        for project in projects
    )


def refresh_reuse_interest_counts(project_ids) -> None:
    """Keep the stored counter of Project equal to its ReuseInterest rows."""
    count = (
        ReuseInterest.objects.filter(project=OuterRef("pk"))
        .order_by()
        .values("project")
        .annotate(n=Count("id"))
        .values("n")
    )
    Project.objects.filter(pk__in=set(project_ids)).update(
        reuse_interest_count=Coalesce(Subquery(count), Value(0))
    )


class ProjectAdminForm(forms.ModelForm):
    """Carries the version the form was loaded with; saving over a newer version is refused.
    An original that would close a circular reuse lineage is refused as in the project form."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean_based_on(self):
        return validate_original(self.instance, self.cleaned_data.get("based_on"))

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            # The admin saves in one transaction: the lock holds until the save is done.
            stored = (
                Project.objects.select_for_update(of=("self",))
                .filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            if stored != cleaned.get("loaded_version"):
                raise ValidationError(
                    _(
                        "Das Projekt wurde inzwischen geändert (jetzt Version %(version)s). "
                        "Bitte laden Sie die Seite neu und tragen Sie Ihre Änderung erneut ein."
                    ),
                    code="stale",
                    params={"version": stored},
                )
        return cleaned


class ProjectLinkInline(admin.TabularInline):
    model = ProjectLink
    extra = 0


class AttachmentInline(admin.TabularInline):
    """Existing files; new files go through the checked upload of the project form."""

    model = Attachment
    extra = 0
    fields = ["title", "alt_text", "file", "content_type", "size", "created_at"]
    readonly_fields = ["file", "content_type", "size", "created_at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.display(description=_("Aktion"), ordering="action")
def action_label(event: ProjectEvent) -> str:
    """The German label of an action code ("edited" → "bearbeitet"), as on the history page."""
    return str(Action.LABELS.get(event.action, event.action))


class ActionFilter(admin.SimpleListFilter):
    title = _("Aktion")
    parameter_name = "action"

    def lookups(self, request, model_admin):
        return list(Action.LABELS.items())

    def queryset(self, request, queryset):
        return queryset.filter(action=self.value()) if self.value() else queryset


class ProjectEventInline(admin.TabularInline):
    """The history, read-only."""

    model = ProjectEvent
    extra = 0
    fields = ["created_at", action_label, "version", "actor", "note"]
    readonly_fields = fields
    ordering = ["-created_at", "-id"]
    can_delete = False
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    form = ProjectAdminForm
    list_display = [
        "title",
        "owner",
        "kind",
        "status",
        "publication_state",
        "featured",
        "updated_at",
    ]
    list_filter = [
        "kind",
        "status",
        "publication_state",
        "featured",
        "is_open_source",
        "is_demo",
        "topic_fields",
    ]
    list_select_related = ["owner"]
    search_fields = ["title", "slug", "owner__name"]
    autocomplete_fields = ["owner", "partners", "services", "processes", "based_on"]
    readonly_fields = [
        "topic_fields",
        "created_at",
        "updated_at",
        "published_at",
        "version",
        "created_by",
        "is_demo",
        "reuse_interest_count",
    ]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ProjectLinkInline, AttachmentInline, ProjectEventInline]
    actions = ["publish_selected", "archive_selected", "feature_selected", "unfeature_selected"]
    list_per_page = 50
    show_full_result_count = False  # one COUNT less on 100,000 rows

    def save_model(self, request, obj, form, change):
        if change:
            stored = Project.objects.select_for_update(of=("self",)).get(pk=obj.pk)
            request._project_before = project_snapshot(stored)
            obj.version = stored.version + 1
        else:
            request._project_before = {}
            obj.created_by = request.user
            obj.version = 1
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        project = form.instance
        project.topic_fields.set(
            TopicField.objects.filter(services__projects=project)
            .distinct()
            .values_list("pk", flat=True)
        )
        update_search_vectors([project.pk])
        after = project_snapshot(project)
        ProjectEvent.objects.create(
            project=project,
            actor=request.user,
            action=Action.EDITED if change else Action.CREATED,
            version=project.version,
            changes=diff(getattr(request, "_project_before", {}), after),
            snapshot=after,
            note=ADMIN_NOTE,
        )

    def _transition(self, request, queryset, action, *, exclude, **values):
        with transaction.atomic():
            locked = queryset.select_related(None).exclude(**exclude).select_for_update()
            projects = list(locked.only("id", "version"))
            Project.objects.filter(pk__in=[p.pk for p in projects]).update(
                updated_at=timezone.now(), **values
            )
            record_bulk_event(projects, request.user, action)
        self.message_user(
            request,
            ngettext("%d Projekt geändert.", "%d Projekte geändert.", len(projects))
            % len(projects),
            messages.SUCCESS,
        )

    def _each_through_services(self, request, queryset, allowed, write) -> None:
        """Apply a workflow function of projects.services to each selected project in a
        state that allows it; the others are reported, as are refusals."""
        selected = queryset.select_related(None).only("id", "title", "owner_id")
        applicable = list(selected.filter(publication_state__in=allowed).order_by("pk"))
        skipped = selected.count() - len(applicable)
        done = 0
        for project in applicable:
            try:
                write(actor=request.user, project=project)
            except (services.WorkflowError, PermissionDenied) as error:
                self.message_user(request, f"{project.title}: {error}", messages.ERROR)
            else:
                done += 1
        self.message_user(
            request,
            ngettext("%d Projekt geändert.", "%d Projekte geändert.", done) % done,
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%d Projekt übersprungen: Der Zustand lässt das nicht zu.",
                    "%d Projekte übersprungen: Der Zustand lässt das nicht zu.",
                    skipped,
                )
                % skipped,
                messages.WARNING,
            )

    @admin.action(description=_("Ausgewählte eingereichte Projekte veröffentlichen"))
    def publish_selected(self, request, queryset):
        self._each_through_services(request, queryset, [State.SUBMITTED], services.project_publish)

    @admin.action(description=_("Ausgewählte Projekte archivieren"))
    def archive_selected(self, request, queryset):
        allowed = [state for state in State if state != State.ARCHIVED]
        self._each_through_services(request, queryset, allowed, services.project_archive)

    @admin.action(description=_("Ausgewählte Projekte hervorheben"))
    def feature_selected(self, request, queryset):
        self._transition(
            request, queryset, Action.FEATURED, exclude={"featured": True}, featured=True
        )

    @admin.action(description=_("Hervorhebung der ausgewählten Projekte aufheben"))
    def unfeature_selected(self, request, queryset):
        self._transition(
            request, queryset, Action.UNFEATURED, exclude={"featured": False}, featured=False
        )


@admin.register(ProjectEvent)
class ProjectEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The history is written by the platform only."""

    list_display = ["created_at", "project", action_label, "version", "actor"]
    list_filter = [ActionFilter]
    fields = [
        "project",
        "actor",
        action_label,
        "version",
        "created_at",
        "note",
        "changes",
        "snapshot",
    ]
    readonly_fields = fields
    list_select_related = ["project", "actor"]
    search_fields = ["project__title", "project__slug", "actor__username", "note"]
    date_hierarchy = "created_at"
    show_full_result_count = False


@admin.register(ReuseInterest)
class ReuseInterestAdmin(admin.ModelAdmin):
    list_display = ["created_at", "project", "municipality", "user"]
    list_select_related = ["project", "municipality", "user"]
    search_fields = ["project__title", "municipality__name", "user__username"]
    autocomplete_fields = ["project", "municipality", "user"]
    readonly_fields = ["created_at"]

    def save_model(self, request, obj, form, change):
        previous = ReuseInterest.objects.filter(pk=obj.pk).values_list("project", flat=True)
        old_project_ids = list(previous) if change else []
        super().save_model(request, obj, form, change)
        refresh_reuse_interest_counts([obj.project_id, *old_project_ids])

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        refresh_reuse_interest_counts([obj.project_id])

    def delete_queryset(self, request, queryset):
        project_ids = list(queryset.values_list("project", flat=True))
        super().delete_queryset(request, queryset)
        refresh_reuse_interest_counts(project_ids)


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    """Files are uploaded through the project form (type and size checks); here they are
    reviewed, retitled or deleted."""

    list_display = ["title", "project", "content_type", "size", "created_at"]
    list_filter = ["content_type"]
    list_select_related = ["project"]
    search_fields = ["title", "project__title"]
    readonly_fields = ["project", "file", "content_type", "size", "uploaded_by", "created_at"]

    def has_add_permission(self, request):
        return False
