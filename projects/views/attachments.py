"""Serving and deleting attachments and cover images, with safe headers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from projects.models import Attachment, Project
from projects.services import attachments
from projects.uploads import IMAGE_TYPES
from projects.views.workflow import editable_project


def _file_response(
    project: Project, file, content_type: str, filename: str, *, inline: bool
) -> FileResponse:
    try:
        handle = file.open("rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404 from error
    response = FileResponse(
        handle, content_type=content_type, as_attachment=not inline, filename=filename
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    # A draft's files never rest in a cache: they may change or vanish before publication.
    response["Cache-Control"] = (
        "private, max-age=3600" if project.is_published else "private, no-store"
    )
    return response


def attachment_download(request: HttpRequest, slug: str, pk: int) -> FileResponse:
    """Documents are always downloaded; only images are shown inline."""
    project = get_object_or_404(Project.objects.visible_to(request.user), slug=slug)
    attachment = get_object_or_404(project.attachments, pk=pk)
    return _file_response(
        project,
        attachment.file,
        attachment.content_type,
        attachment.file.name.rsplit("/", 1)[-1],
        inline=attachment.content_type in IMAGE_TYPES,
    )


def cover_image(request: HttpRequest, slug: str) -> FileResponse:
    project = get_object_or_404(Project.objects.visible_to(request.user), slug=slug)
    if not project.cover_image:
        raise Http404
    extension = project.cover_image.name.rsplit(".", 1)[-1].lower()
    content_type = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}.get(extension)
    if content_type is None:
        raise Http404
    return _file_response(
        project,
        project.cover_image,
        content_type,
        project.cover_image.name.rsplit("/", 1)[-1],
        inline=True,
    )


@login_required
@require_POST
def attachment_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    project = editable_project(request, slug)
    attachment = get_object_or_404(Attachment, project=project, pk=pk)
    attachments.attachment_delete(actor=request.user, attachment=attachment)
    messages.success(
        request, _("Der Anhang „%(title)s“ ist gelöscht.") % {"title": attachment.title}
    )
    return redirect("projects:edit", slug=project.slug)
