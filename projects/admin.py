"""Admin for projects and what hangs on them: the curators' tool for bulk work and repairs.

Every write to a project goes through projects.services, as on the site: the same permission
checks, version check, derived data (topic fields, search vector), history and e-mails. The
admin only turns their refusals into messages.
"""

from functools import partial

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import construct_change_message
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kommunect.admin import ReadOnlyAdminMixin
from projects.forms import project_data
from projects.lineage import validate_original
from projects.models import (
    Attachment,
    Project,
    ProjectEvent,
    ProjectLink,
    ReuseRequest,
    ReuseRequestEvent,
)
from projects.services import projects as project_services
from projects.services import publication
from projects.services.attachments import attachment_delete
from projects.services.common import EditConflict, WorkflowError

State = Project.PublicationState


class ProjectAdminForm(forms.ModelForm):
    """Carries the version the form was loaded with: project_update refuses to save over a
    newer one. An original that would close a circular reuse lineage is refused as in the
    project form."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean_based_on(self):
        return validate_original(self.instance, self.cleaned_data.get("based_on"))

    def clean(self):
        data = super().clean()
        if not data.get("based_on"):
            data["reuse_kind"] = ""  # no original, no type of lineage
        return data


class ProjectLinkInline(admin.TabularInline):
    model = ProjectLink
    extra = 0


class AttachmentInline(admin.TabularInline):
    """Existing files, read-only: they are retitled or deleted on their own admin page; new
    files go through the checked upload of the project form."""

    model = Attachment
    extra = 0
    fields = ["title", "alt_text", "file", "content_type", "size", "created_at"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.display(description=_("Aktion"), ordering="action")
def action_label(event: ProjectEvent) -> str:
    """The German label of an action code ("edited" → "bearbeitet"), as on the history page."""
    return event.get_action_display()


class ActionFilter(admin.SimpleListFilter):
    title = _("Aktion")
    parameter_name = "action"

    def lookups(self, request, model_admin):
        return ProjectEvent.Action.choices

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
        "reuse_kind",
        "topic_fields",
    ]
    list_select_related = ["owner"]
    search_fields = ["title", "slug", "owner__name"]
    autocomplete_fields = ["owner", "partners", "services", "processes", "based_on"]
    # Everything but the content is written by the workflow (the actions below) or derived.
    readonly_fields = [
        "slug",
        "publication_state",
        "rejection_reason",
        "featured",
        "last_confirmed",
        "topic_fields",
        "created_at",
        "updated_at",
        "published_at",
        "version",
        "created_by",
        "is_demo",
        "reuse_count",
    ]
    inlines = [ProjectLinkInline, AttachmentInline, ProjectEventInline]
    actions = ["publish_selected", "archive_selected", "feature_selected", "unfeature_selected"]
    list_per_page = 50
    show_full_result_count = False  # one COUNT less on 100,000 rows

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """A refusal of the services (someone saved in between, a parallel deletion) undoes
        the whole save; the form is shown again with the reason."""
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except EditConflict as conflict:
            changed = ", ".join(change.label for change in conflict.changes)
            self.message_user(
                request,
                _(
                    "Das Projekt wurde inzwischen geändert (jetzt Version %(version)s; "
                    "geändert: %(fields)s). Ihre Änderung ist nicht gespeichert: Bitte tragen "
                    "Sie sie in der aktuellen Fassung erneut ein."
                )
                % {"version": conflict.current_version, "fields": changed or "–"},
                messages.ERROR,
            )
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
        return HttpResponseRedirect(request.get_full_path())

    def save_model(self, request, obj, form, change):
        """Nothing here: save_related stores the project with its links in one service call."""

    def save_related(self, request, form, formsets, change):
        [links] = [formset for formset in formsets if formset.model is ProjectLink]
        data = project_data(form.cleaned_data, links)
        if change:
            saved = project_services.project_update(
                actor=request.user,
                project=form.instance,
                data=data,
                expected_version=form.cleaned_data.get("loaded_version") or 0,
            )
        else:
            saved = project_services.project_create(actor=request.user, data=data)
        form.instance.pk = saved.pk
        form.instance.refresh_from_db()

    def construct_change_message(self, request, form, formsets, add=False):
        # The formsets were not saved by the admin (the history event holds the changes).
        return construct_change_message(form, [], add)

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def delete_model(self, request, obj):
        project_services.project_delete(actor=request.user, project=obj)

    def delete_queryset(self, request, queryset):
        for project in queryset.order_by("pk"):
            try:
                project_services.project_delete(actor=request.user, project=project)
            except (WorkflowError, PermissionDenied) as error:
                self.message_user(request, f"{project.title}: {error}", messages.ERROR)

    def _each_through_services(self, request, queryset, applicable, write, skipped_text=None):
        """Apply a function of projects.services to each selected project that matches
        ``applicable`` (a Q); refusals are reported, and with ``skipped_text`` the others."""
        selected = queryset.select_related(None).only("id", "title", "owner_id")
        chosen = list(selected.filter(applicable).order_by("pk"))
        skipped = selected.count() - len(chosen)
        done = 0
        for project in chosen:
            try:
                write(actor=request.user, project=project)
            except (WorkflowError, PermissionDenied) as error:
                self.message_user(request, f"{project.title}: {error}", messages.ERROR)
            else:
                done += 1
        self.message_user(
            request,
            ngettext("%d Projekt geändert.", "%d Projekte geändert.", done) % done,
            messages.SUCCESS,
        )
        if skipped and skipped_text:
            self.message_user(request, skipped_text(skipped) % skipped, messages.WARNING)

    @staticmethod
    def _state_forbids(count: int) -> str:
        return ngettext(
            "%d Projekt übersprungen: Der Zustand lässt das nicht zu.",
            "%d Projekte übersprungen: Der Zustand lässt das nicht zu.",
            count,
        )

    @admin.action(description=_("Ausgewählte eingereichte Projekte veröffentlichen"))
    def publish_selected(self, request, queryset):
        self._each_through_services(
            request,
            queryset,
            Q(publication_state=State.SUBMITTED),
            publication.project_publish,
            self._state_forbids,
        )

    @admin.action(description=_("Ausgewählte Projekte archivieren"))
    def archive_selected(self, request, queryset):
        self._each_through_services(
            request,
            queryset,
            ~Q(publication_state=State.ARCHIVED),
            publication.project_archive,
            self._state_forbids,
        )

    @admin.action(description=_("Ausgewählte Projekte hervorheben"))
    def feature_selected(self, request, queryset):
        self._each_through_services(
            request,
            queryset,
            Q(featured=False),
            partial(publication.project_set_featured, featured=True),
        )

    @admin.action(description=_("Hervorhebung der ausgewählten Projekte aufheben"))
    def unfeature_selected(self, request, queryset):
        self._each_through_services(
            request,
            queryset,
            Q(featured=True),
            partial(publication.project_set_featured, featured=False),
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


class ReuseRequestEventInline(admin.TabularInline):
    model = ReuseRequestEvent
    fields = ["created_at", "actor", "municipality", "action", "state", "text"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ReuseRequest)
class ReuseRequestAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Reuse requests are written on the site (projects.services.requests) only."""

    list_display = ["created_at", "project", "municipality", "state", "first_answered_at"]
    list_filter = ["state"]
    list_select_related = ["project", "municipality"]
    search_fields = ["project__title", "municipality__name", "created_by__username"]
    inlines = [ReuseRequestEventInline]
    date_hierarchy = "created_at"
    show_full_result_count = False


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

    def delete_model(self, request, obj):
        attachment_delete(actor=request.user, attachment=obj)

    def delete_queryset(self, request, queryset):
        for attachment in queryset.select_related("project"):
            attachment_delete(actor=request.user, attachment=attachment)
