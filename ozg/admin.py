"""Admin for the OZG catalogue. The catalogue is imported (manage.py import_ozg); the official
keys are read-only once a row exists, because imports and projects rely on them."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from kommunect.admin import ReadOnlyAdminMixin
from ozg.models import CatalogueImport, LifeSituation, Process, Service, TopicField


class OfficialKeyReadOnlyMixin:
    """Official key editable when adding a row, read-only when changing it."""

    official_key = ""

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return (*fields, self.official_key) if obj else fields


@admin.register(TopicField)
class TopicFieldAdmin(OfficialKeyReadOnlyMixin, admin.ModelAdmin):
    official_key = "number"
    list_display = ["number", "name", "order", "service_count"]
    list_display_links = ["number", "name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["order", "name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(service_count=Count("services"))

    @admin.display(description=_("OZG-Leistungen"), ordering="service_count")
    def service_count(self, obj):
        return obj.service_count


@admin.register(LifeSituation)
class LifeSituationAdmin(OfficialKeyReadOnlyMixin, admin.ModelAdmin):
    official_key = "number"
    list_display = ["number", "name", "kind", "topic_field"]
    list_display_links = ["number", "name"]
    list_filter = ["kind", "topic_field"]
    list_select_related = ["topic_field"]
    search_fields = ["name"]
    autocomplete_fields = ["topic_field"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Service)
class ServiceAdmin(OfficialKeyReadOnlyMixin, admin.ModelAdmin):
    official_key = "ozg_id"
    list_display = ["ozg_id", "name", "topic_field", "life_situation"]
    list_display_links = ["ozg_id", "name"]
    list_filter = ["topic_field", "life_situation__kind"]
    list_select_related = ["topic_field", "life_situation"]
    search_fields = ["ozg_id", "name"]
    autocomplete_fields = ["topic_field", "life_situation"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["ozg_id"]


@admin.register(Process)
class ProcessAdmin(OfficialKeyReadOnlyMixin, admin.ModelAdmin):
    official_key = "leika_key"
    list_display = ["leika_key", "name", "level", "implied", "parent"]
    list_display_links = ["leika_key", "name"]
    list_filter = ["level", "implied"]
    list_select_related = ["parent"]
    search_fields = ["leika_key", "name"]
    autocomplete_fields = ["parent", "services"]
    ordering = ["leika_key"]

    def get_search_results(self, request, queryset, search_term):
        """Only Leistungsobjekte can be chosen as the parent of another process."""
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("field_name") == "parent" and request.GET.get("model_name") == (
            "process"
        ):
            queryset = queryset.filter(level=Process.Level.OBJECT)
        return queryset, may_have_duplicates


@admin.register(CatalogueImport)
class CatalogueImportAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The record of each import run; written by import_ozg only."""

    list_display = ["imported_at", "source", "data_date", "short_checksum"]
    date_hierarchy = "imported_at"

    @admin.display(description=_("Prüfsumme"))
    def short_checksum(self, obj):
        return obj.checksum[:12]
