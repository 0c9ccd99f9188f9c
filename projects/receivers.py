"""Receivers of other apps' signals, connected in ProjectsConfig.ready()."""

from projects.search_index import update_search_vectors_for_owner


def refresh_renamed_owners(sender, renamed_ids=(), **kwargs) -> None:
    """A new register renamed municipalities: their projects are found by the new name."""
    update_search_vectors_for_owner(renamed_ids)
