"""Admin for municipalities, memberships and staff profiles.

Municipalities come from the official register (manage.py import_municipalities): the import
overwrites the register fields, never the profile fields edited on the platform. Official keys
are read-only once a row exists, because imports, URLs and projects rely on them.
"""

from allauth.mfa.models import Authenticator
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kommunect.admin import ReadOnlyAdminMixin
from municipalities import services
from municipalities.models import Membership, Municipality, RegisterImport, StaffProfile


class StateFilter(admin.SimpleListFilter):
    """Filter by Bundesland, offering the 16 Länder instead of all 16,000 municipalities."""

    title = _("Bundesland")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        states = Municipality.objects.filter(level=Municipality.Level.STATE).order_by("ags")
        return [(str(state.pk), state.name) for state in states]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(state_id=self.value())
        return queryset


# Autocomplete fields offer only the level that fits the foreign key.
AUTOCOMPLETE_LEVELS = {
    "state": [Municipality.Level.STATE],
    "association": [Municipality.Level.ASSOCIATION],
    "parent": [
        Municipality.Level.STATE,
        Municipality.Level.REGION,
        Municipality.Level.DISTRICT,
    ],
    "successor": [Municipality.Level.MUNICIPALITY],
}


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "ags", "kind", "state", "population", "dissolved_on"]
    list_filter = ["level", "kind", StateFilter, ("dissolved_on", admin.EmptyFieldListFilter)]
    list_select_related = ["state"]
    search_fields = ["name", "official_name", "^ags"]
    autocomplete_fields = ["state", "parent", "association", "successor"]
    readonly_fields = ["former_slugs", "former_ags", "created_at", "updated_at"]
    ordering = ["name", "ags"]
    fieldsets = [
        (
            _("Amtliche Daten"),
            {
                "description": _(
                    "Aus dem Gemeindeverzeichnis; der nächste Import überschreibt Änderungen."
                ),
                "fields": [
                    ("ags", "ars"),
                    ("name", "official_name"),
                    "slug",
                    ("level", "kind", "kind_label"),
                    ("state", "parent", "association"),
                    ("population", "area_km2"),
                    ("postal_code", "seat"),
                    ("latitude", "longitude"),
                    ("dissolved_on", "successor"),
                    ("former_ags", "former_slugs"),
                ],
            },
        ),
        (
            _("Profil auf der Plattform"),
            {
                "fields": [
                    "website",
                    "profile",
                    ("officer_name", "officer_role"),
                    ("officer_email", "officer_phone"),
                ]
            },
        ),
        (_("Verwaltung"), {"fields": [("created_at", "updated_at")]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return [*fields, "ags", "ars", "level"] if obj else fields

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        levels = AUTOCOMPLETE_LEVELS.get(request.GET.get("field_name", ""))
        if levels and request.path.endswith("/autocomplete/"):
            queryset = queryset.filter(level__in=levels)
        return queryset, may_have_duplicates


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "municipality", "role", "state", "created_at", "decided_by"]
    list_filter = ["state", "role"]
    list_select_related = ["user", "municipality", "decided_by"]
    search_fields = [
        "user__email",
        "user__username",
        "user__last_name",
        "municipality__name",
        "^municipality__ags",
    ]
    autocomplete_fields = ["user", "municipality"]
    readonly_fields = ["decided_by", "decided_at", "created_at"]
    actions = ["approve", "decline"]

    @admin.action(description=_("Ausgewählte Anfragen bestätigen"), permissions=["change"])
    def approve(self, request, queryset):
        self._decide(request, queryset, services.membership_approve)

    @admin.action(description=_("Ausgewählte Anfragen ablehnen"), permissions=["change"])
    def decline(self, request, queryset):
        self._decide(request, queryset, services.membership_decline)

    def _decide(self, request, queryset, decide):
        """Decide each request through the service: permission check, history, e-mail."""
        done, refused = 0, []
        for membership in queryset.select_related("user", "municipality"):
            try:
                decide(membership=membership, decided_by=request.user, request=request)
            except (ValidationError, PermissionDenied):
                refused.append(str(membership))
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d Anfrage entschieden.", "%(count)d Anfragen entschieden.", done)
                % {"count": done},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                _("Nicht geändert (bereits entschieden oder keine Berechtigung): %(items)s")
                % {"items": "; ".join(refused)},
                messages.WARNING,
            )


@admin.register(StaffProfile)
class StaffProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "position", "phone"]
    list_select_related = ["user"]
    search_fields = ["user__email", "user__username", "user__last_name", "position"]
    autocomplete_fields = ["user"]


@admin.register(RegisterImport)
class RegisterImportAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Import runs are a record of what was read: viewable, never edited by hand."""

    list_display = ["source", "publisher", "data_date", "imported_at"]
    list_filter = ["publisher"]
    search_fields = ["source", "summary"]
    date_hierarchy = "imported_at"


# Two-factor secrets never appear in the admin, not even encrypted: list and change page show
# whose authenticator it is and when it was used, nothing of its data.
admin.site.unregister(Authenticator)


@admin.register(Authenticator)
class AuthenticatorAdmin(admin.ModelAdmin):
    raw_id_fields = ("user",)
    list_display = ("user", "type", "created_at", "last_used_at")
    list_filter = ("type", "created_at", "last_used_at")
    fields = ("user", "type", "created_at", "last_used_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False
