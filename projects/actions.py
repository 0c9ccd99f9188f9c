"""What a person can do next with a project: the workflow buttons of "Meine Projekte" and of
the project page. Reads only; the actions themselves are in projects.services."""

from dataclasses import dataclass, fields
from enum import StrEnum

from django.urls import reverse
from django.utils.translation import gettext_lazy

from municipalities.access import can_edit_for, is_curator
from projects.models import Project


class NextAction(StrEnum):
    """Codes of the workflow actions; the URL names of projects.urls carry the same names."""

    EDIT = "edit"
    SUBMIT = "submit"
    CONFIRM = "confirm"
    ARCHIVE = "archive"
    UNARCHIVE = "unarchive"
    DELETE = "delete"
    MODERATE = "moderate"


@dataclass(frozen=True)
class NextActions:
    """Which workflow actions a person is offered; a template asks ``actions.submit``."""

    edit: bool = False
    submit: bool = False
    confirm: bool = False
    unarchive: bool = False
    archive: bool = False
    delete: bool = False

    def __iter__(self):
        return (NextAction(f.name) for f in fields(self) if getattr(self, f.name))

    def __contains__(self, code) -> bool:
        return code in list(self)


def next_actions(project: Project, user) -> NextActions:
    """Workflow actions offered to ``user`` for ``project`` ("Meine Projekte", project page)."""
    if not can_edit_for(user, project.owner_id):
        return NextActions()
    return NextActions(
        edit=True,
        submit=project.can_be_submitted,
        confirm=project.is_published,
        unarchive=project.is_archived,
        archive=not project.is_archived,
        delete=project.can_be_deleted,
    )


@dataclass(frozen=True)
class PageAction:
    """A workflow button of the project page: a POST form, or a link (``is_link``)."""

    code: NextAction
    label: str
    url: str
    is_link: bool = False


PAGE_ACTION_LABELS = {
    NextAction.SUBMIT: gettext_lazy("Zur Prüfung einreichen"),
    NextAction.CONFIRM: gettext_lazy("Als aktuell bestätigen"),
    NextAction.ARCHIVE: gettext_lazy("Archivieren …"),
    NextAction.UNARCHIVE: gettext_lazy("Aus dem Archiv holen"),
    NextAction.DELETE: gettext_lazy("Löschen …"),
    NextAction.MODERATE: gettext_lazy("Veröffentlichen oder ablehnen (Moderation)"),
}
# Actions that open a confirmation page first (a link; the page's form posts).
CONFIRMED_ACTIONS = {NextAction.ARCHIVE, NextAction.DELETE}


def allowed_actions(user, project: Project) -> list[PageAction]:
    """The workflow buttons ``user`` gets on the page of ``project``: the owner's editors
    submit, confirm, archive, unarchive and delete (as in "Meine Projekte"; archiving and
    deleting lead to a confirmation page); curators are sent to the moderation queue for a
    submitted project, where publishing and rejecting (with a reason) happen. Uses the cached
    permission checks, so it adds no query to the page."""
    actions = [
        PageAction(
            code,
            PAGE_ACTION_LABELS[code],
            reverse(f"projects:{code}", args=[project.slug]),
            is_link=code in CONFIRMED_ACTIONS,
        )
        for code in next_actions(project, user)
        if code in PAGE_ACTION_LABELS
    ]
    if project.is_submitted and is_curator(user):
        actions.append(
            PageAction(
                NextAction.MODERATE,
                PAGE_ACTION_LABELS[NextAction.MODERATE],
                f"{reverse('projects:moderation')}#moderation-{project.pk}",
                is_link=True,
            )
        )
    return actions
