"""Admin building blocks shared by the apps (no models registered here)."""


class ReadOnlyAdminMixin:
    """For records the platform writes itself (import runs, the history): viewable in the
    admin, never added, changed or deleted by hand."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
