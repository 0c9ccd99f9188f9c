"""Files of a project: adding a checked upload, deleting an attachment."""

from django.db import transaction

from projects.models import Attachment, Project
from projects.services.common import Action, locked, record, require_editor
from projects.services.data import NewAttachment
from projects.uploads import safe_name


def add_attachment(project: Project, actor, new: NewAttachment | None) -> Attachment | None:
    """Store ``new`` on ``project``; part of a content write, which records the version."""
    if new is None:
        return None
    new.file.name = safe_name(new.file.name, new.checked.extension)
    return Attachment.objects.create(
        project=project,
        file=new.file,
        title=new.title,
        alt_text=new.alt_text,
        content_type=new.checked.content_type,
        size=new.checked.size,
        uploaded_by=actor,
    )


@transaction.atomic
def attachment_delete(*, actor, attachment: Attachment) -> None:
    """Delete the attachment, its file once the deletion is committed; the history names it."""
    project = locked(attachment.project)
    require_editor(actor, project.owner_id)
    title = attachment.title
    file = attachment.file
    attachment.delete()
    transaction.on_commit(lambda: file.storage.delete(file.name))
    record(project, actor, Action.ATTACHMENT_DELETED, note=title)
