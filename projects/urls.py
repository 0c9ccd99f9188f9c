from django.urls import path

from projects.views import (
    attachments,
    contact,
    detail,
    editing,
    history,
    mine,
    moderation,
    requests,
    reuse,
    search,
    similar,
    workflow,
)

app_name = "projects"

# Writing projects (posting engineer). Fixed segments come before "<slug>/" patterns;
# projects.services.projects.RESERVED_SLUGS keeps project slugs from taking them.
posting_patterns = [
    path("neu/", editing.project_create, name="create"),
    path("meine/", mine.my_projects, name="mine"),
    path("moderation/", moderation.moderation_queue, name="moderation"),
    path("moderation/geaendert/", moderation.changed_since_review, name="moderation-changed"),
    path("vorschau/", editing.description_preview, name="preview"),
    path("auswahl/prozesse/", editing.process_choices, name="process-choices"),
    path("auswahl/aehnliche/", similar.duplicate_hint, name="duplicate-hint"),
    path("auswahl/<str:field>/", editing.picker_results, name="picker"),
    path("<slug:slug>/bearbeiten/", editing.project_edit, name="edit"),
    path("<slug:slug>/einreichen/", workflow.project_submit, name="submit"),
    path("<slug:slug>/archivieren/", workflow.project_archive, name="archive"),
    path("<slug:slug>/reaktivieren/", workflow.project_unarchive, name="unarchive"),
    path("<slug:slug>/loeschen/", workflow.project_delete, name="delete"),
    path("<slug:slug>/bestaetigen/", workflow.project_confirm, name="confirm"),
    path("<slug:slug>/veroeffentlichen/", moderation.project_publish, name="publish"),
    path("<slug:slug>/ablehnen/", moderation.project_reject, name="reject"),
    path("<slug:slug>/gesichtet/", moderation.project_mark_reviewed, name="mark-reviewed"),
    path("<slug:slug>/verlauf/", history.project_history, name="history"),
    path("<slug:slug>/verlauf/<int:version>/", history.version_detail, name="version"),
    path(
        "<slug:slug>/verlauf/<int:version>/wiederherstellen/",
        history.version_restore,
        name="version-restore",
    ),
    path("<slug:slug>/titelbild/", attachments.cover_image, name="cover"),
    path("<slug:slug>/dateien/<int:pk>/", attachments.attachment_download, name="attachment"),
    path(
        "<slug:slug>/dateien/<int:pk>/loeschen/",
        attachments.attachment_delete,
        name="attachment-delete",
    ),
]

# Reuse (reuse engineer): "Nachnutzung starten" (its permission matrix is
# tests/projects/test_reuse_start.py) and the family page.
reuse_patterns = [
    path("<slug:slug>/nachnutzen/", reuse.reuse_start, name="reuse-start"),
    path("<slug:slug>/familie/", reuse.project_family, name="family"),
]

# Reuse requests (projects/views/requests.py): "Meine Anfragen", asking, the request page and
# its steps (one URL each, see tests/projects/test_request_permissions.py).
request_patterns = [
    path("anfragen/", requests.my_requests, name="my-requests"),
    path("<slug:slug>/anfragen/neu/", requests.request_create, name="request-create"),
    path("<slug:slug>/anfragen/<int:pk>/", requests.request_detail, name="request"),
    path(
        "<slug:slug>/anfragen/<int:pk>/antworten/", requests.request_answer, name="request-answer"
    ),
    path("<slug:slug>/anfragen/<int:pk>/nachricht/", requests.request_post, name="request-post"),
    path(
        "<slug:slug>/anfragen/<int:pk>/vereinbaren/", requests.request_agree, name="request-agree"
    ),
    path(
        "<slug:slug>/anfragen/<int:pk>/ablehnen/", requests.request_decline, name="request-decline"
    ),
    path(
        "<slug:slug>/anfragen/<int:pk>/zurueckziehen/",
        requests.request_withdraw,
        name="request-withdraw",
    ),
    path(
        "<slug:slug>/anfragen/<int:pk>/umgesetzt/",
        requests.request_complete,
        name="request-complete",
    ),
]

# Contact forms (projects/views/contact.py): the municipality's form is in region_urls.py.
contact_patterns = [
    path("moderation/kontakte/", contact.contact_log, name="contact-log"),
    path("kontakt/melden/<str:token>/", contact.contact_report_view, name="contact-report"),
    path("<slug:slug>/kontakt/", contact.project_contact, name="contact"),
]

# The project page (detail engineer). Last: "<slug>/" would shadow fixed paths after it.
detail_patterns = [
    path("<slug:slug>/", detail.project_detail, name="detail"),
]

# The search page (search engineer): /projekte/ with GET parameters, see projects/search.py.
search_patterns = [path("", search.project_search, name="search")]

urlpatterns: list = [
    *search_patterns,
    *posting_patterns,
    *reuse_patterns,
    *request_patterns,
    *contact_patterns,
    *detail_patterns,
]
