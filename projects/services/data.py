"""The input of the project services: plain model values, whatever form or tool made them."""

import copy
from dataclasses import dataclass, field

from django.core.files.uploadedfile import UploadedFile

from municipalities.models import Municipality
from projects.changes import RELATION_FIELDS, SCALAR_FIELDS, scalar_values
from projects.models import Project
from projects.uploads import CheckedUpload


@dataclass
class ProjectData:
    """A project's editable content as model values: what a create or an update stores.

    ``fields`` maps names of projects.changes.SCALAR_FIELDS to model values: ``owner`` a
    Municipality, ``based_on`` a Project or None, ``cover_image`` a new upload, the stored
    file, or "" to remove it (left out: unchanged). The relations are lists of model objects.
    """

    fields: dict
    partners: list = field(default_factory=list)
    services: list = field(default_factory=list)
    processes: list = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self):
        unknown = set(self.fields) - set(SCALAR_FIELDS)
        if unknown:
            raise ValueError(f"Not editable content: {sorted(unknown)}")

    @property
    def owner(self) -> Municipality:
        return self.fields["owner"]

    def apply_to(self, project: Project) -> None:
        """Set the scalar fields on ``project`` (in memory)."""
        for name, value in self.fields.items():
            setattr(project, name, value)

    def snapshot(self, base: Project) -> dict:
        """The snapshot ``base`` would have with this content (no query)."""
        candidate = copy.copy(base)
        self.apply_to(candidate)
        snapshot = scalar_values(candidate)
        for name in RELATION_FIELDS:
            snapshot[name] = sorted(item.pk for item in getattr(self, name))
        snapshot["tags"] = sorted(self.tags)
        snapshot["links"] = [list(link) for link in self.links]
        return snapshot


@dataclass
class NewAttachment:
    """An upload whose content check (projects.uploads.check_upload) has passed."""

    file: UploadedFile
    checked: CheckedUpload
    title: str
    alt_text: str = ""
