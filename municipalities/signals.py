"""Signals of the municipalities app, for apps that depend on it (projects may import
municipalities, never the reverse)."""

from django.dispatch import Signal

# Sent by the register importer after its transaction committed, with ``renamed_ids``: the
# primary keys of municipalities whose name changed (an empty list when none did). Receivers
# refresh what they derived from the names, e.g. the search vectors of the projects they own.
register_imported = Signal()
