"""Receivers of other apps' signals, connected in ProjectsConfig.ready()."""

from django.db import transaction

from projects.search_index import update_search_vectors_for_owner, update_stale_owner_facets


def refresh_renamed_owners(sender, renamed_ids=(), **kwargs) -> None:
    """A new register renamed municipalities: their projects are found by the new name, and
    under the Land, kind and size their owners now have."""
    with transaction.atomic():
        update_search_vectors_for_owner(renamed_ids)
        update_stale_owner_facets()
