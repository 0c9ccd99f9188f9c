"""Shared pieces of the data importers (OZG catalogue, municipality register)."""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportFileError(Exception):
    """A source file is malformed; the import is refused as a whole."""

    def __init__(self, path: Path | str, line: int | None, reason: str):
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}, Zeile {line}" if line else str(self.path)
        super().__init__(f"{where}: {reason}")


@dataclass
class ImportTally:
    """Counts of created, updated and unchanged rows per kind of object."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, kind: str, outcome: str, number: int = 1) -> None:
        per_kind = self.counts.setdefault(kind, {"created": 0, "updated": 0, "unchanged": 0})
        per_kind[outcome] += number

    def summary(self) -> str:
        return "\n".join(
            f"{kind}: {c['created']} neu, {c['updated']} geändert, {c['unchanged']} unverändert"
            for kind, c in self.counts.items()
        )


def file_checksum(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


class DataImport(models.Model):
    """One successful run of an importer: what was read, its date, source and license."""

    source = models.CharField(_("Quelle"), max_length=300)
    publisher = models.CharField(_("Herausgeber"), max_length=300)
    license = models.CharField(_("Lizenz"), max_length=200)
    license_url = models.URLField(_("Lizenz-URL"), blank=True)
    data_date = models.DateField(_("Datenstand"), null=True, blank=True)
    checksum = models.CharField(_("Prüfsumme"), max_length=64)
    summary = models.TextField(_("Zusammenfassung"), blank=True)
    imported_at = models.DateTimeField(_("Importiert am"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-imported_at"]
        get_latest_by = "imported_at"

    def __str__(self):
        return f"{self.source} ({self.imported_at:%d.%m.%Y})"
