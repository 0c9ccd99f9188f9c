from django.contrib import admin

from feedback.models import BarrierReport


@admin.register(BarrierReport)
class BarrierReportAdmin(admin.ModelAdmin):
    list_display = ["created_at", "page_url", "email", "answered_at"]
    list_filter = ["answered_at"]
    search_fields = ["message", "page_url", "email"]
    readonly_fields = ["created_at"]
