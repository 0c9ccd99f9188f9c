"""Admin building blocks shared by the apps, and the mail outbox."""

from django.contrib import admin

from kommunect.models import OutboxMessage


class ReadOnlyAdminMixin:
    """For records the platform writes itself (import runs, the history): viewable in the
    admin, never added, changed or deleted by hand."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OutboxMessage)
class OutboxMessageAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Mail the server did not take yet; ``manage.py send_queued_mail`` retries it."""

    list_display = ["subject", "recipients", "created_at", "attempts", "last_error"]
    fields = ["subject", "recipients", "created_at", "attempts", "last_attempt_at", "last_error"]
