"""Create and edit projects ("Projekt eintragen", "bearbeiten"), with pickers and preview."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.forms.utils import ErrorDict, ErrorList
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from kommunect.text import normalize_query
from municipalities.access import (
    can_edit_for,
    editable_municipality_ids,
    is_curator,
    pending_requests,
)
from projects import lineage, pickers, similar
from projects.forms import SECTIONS, AttachmentForm, LinkFormSet, ProjectForm
from projects.markdown import render_preview
from projects.models import Project
from projects.services import projects as project_services
from projects.services import publication
from projects.services.common import EditConflict, WorkflowError
from projects.tag_suggestions import suggested_tags


def _silence(*forms_) -> None:
    """A refresh (search, preview) re-renders the typed values without validating them."""
    for form in forms_:
        if hasattr(form, "forms"):
            form._errors = [ErrorDict() for _form in form.forms]
            form._non_form_errors = ErrorList()
            for inner in form.forms:
                inner._errors = ErrorDict()
        else:
            form._errors = ErrorDict()


def _edit(request: HttpRequest, project: Project | None) -> HttpResponse:
    instance = project or Project()
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    form = ProjectForm(data, files, instance=instance, user=request.user)
    links = LinkFormSet(data, instance=instance, prefix="links")
    attachment_form = AttachmentForm(data, files)
    refresh = request.POST.get("_refresh") if data is not None else None
    conflict = None
    preview_html = None

    if data is not None and not refresh:
        if form.is_valid() and links.is_valid() and attachment_form.is_valid():
            try:
                data = form.to_data(links)
                attachment = attachment_form.to_data()
                if project is None:
                    saved = project_services.project_create(
                        actor=request.user, data=data, attachment=attachment
                    )
                else:
                    saved = project_services.project_update(
                        actor=request.user,
                        project=project,
                        data=data,
                        attachment=attachment,
                        expected_version=form.cleaned_data.get("version") or 0,
                    )
            except EditConflict as error:
                conflict = error
                form.data = form.data.copy()
                form.data["version"] = error.current_version
            except IntegrityError as error:
                if not lineage.is_cycle_refusal(error):
                    raise
                # Someone made the chosen original a reuse of this project meanwhile.
                original = form.cleaned_data["based_on"]
                instance.refresh_from_db(fields=["version"])  # nothing was saved
                form.add_error("based_on", lineage.cycle_error(instance, original))
            else:
                return _after_save(request, saved)
    elif refresh:
        _silence(form, links, attachment_form)
        if refresh == "preview":
            preview_html = render_preview(request.POST.get("description", ""))

    status = 409 if conflict else 200
    posted = form.data.getlist if data is not None else (lambda _name: [])
    owner = form.chosen_owner() if form.owner_picker else None
    context = {
        "form": form,
        "links": links,
        "attachment_form": attachment_form,
        "project": project,
        "sections": {
            key: (legend, [form[name] for name in names]) for key, legend, names in SECTIONS
        },
        "tag_suggestions": suggested_tags(request.user),
        "conflict": conflict,
        "preview_html": preview_html,
        "attachments": project.attachments.all() if project else [],
        "services_query": form.search_query("services"),
        "partners_query": form.search_query("partners"),
        "owner_query": form.search_query("owner"),
        "based_on_query": form.search_query("based_on"),
        "based_on_chosen": form.chosen_based_on(),
        "based_on_results": pickers.search_projects(
            form.search_query("based_on"),
            exclude=[*posted("based_on"), *([project.pk] if project else [])],
        ),
        "service_results": pickers.search_services(
            form.search_query("services"), exclude=posted("services")
        ),
        "partner_results": pickers.search_municipalities(
            form.search_query("partners"), exclude=posted("partners")
        ),
        "owner_chosen": [owner] if owner else [],
        "owner_results": pickers.search_municipalities(
            form.search_query("owner"), exclude=[owner.pk] if owner else []
        )
        if form.owner_picker
        else [],
        **similar.form_context(request.user, form, project),
    }
    return render(request, "projects/form.html", context, status=status)


def _after_save(request: HttpRequest, project: Project) -> HttpResponse:
    if request.POST.get("_action") == "submit":
        try:
            publication.project_submit(actor=request.user, project=project)
        except WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("„%(title)s“ ist gespeichert und zur Prüfung eingereicht.")
                % {"title": project.title},
            )
            return redirect("projects:mine")
    messages.success(request, _("„%(title)s“ ist gespeichert.") % {"title": project.title})
    return redirect("projects:edit", slug=project.slug)


@login_required
def project_create(request: HttpRequest) -> HttpResponse:
    """Non-members are sent to the join step (which shows a pending request), with a word why."""
    if not (is_curator(request.user) or editable_municipality_ids(request.user)):
        if pending_requests(request.user):
            text = _(
                "Projekte eintragen können Sie, sobald Ihre Beitrittsanfrage bestätigt ist. "
                "Wer darüber entscheidet, steht unten."
            )
        else:
            text = _(
                "Um Projekte einzutragen, brauchen Sie eine bestätigte Mitgliedschaft einer "
                "Kommune. Suchen Sie hier Ihre Kommune und fragen Sie den Beitritt an."
            )
        messages.info(request, text)
        return redirect("municipalities:join")
    return _edit(request, None)


@login_required
def project_edit(request: HttpRequest, slug: str) -> HttpResponse:
    project = get_object_or_404(Project.objects.visible_to(request.user), slug=slug)
    if not can_edit_for(request.user, project.owner_id):
        raise PermissionDenied
    return _edit(request, project)


@login_required
@require_POST
def description_preview(request: HttpRequest) -> HttpResponse:
    """htmx: the description rendered as it will appear on the project page."""
    html = render_preview(request.POST.get("description", ""))
    return render(request, "projects/includes/preview.html", {"preview_html": html})


PICKERS = {
    "services": ("checkbox", pickers.search_services),
    "partners": ("checkbox", pickers.search_municipalities),
    "owner": ("radio", pickers.search_municipalities),
    "based_on": ("radio", pickers.search_projects),
}


@login_required
@require_safe
def picker_results(request: HttpRequest, field: str) -> HttpResponse:
    """htmx: matches for a picker's search box (the same fragment the full form renders)."""
    if field not in PICKERS:
        return HttpResponseBadRequest()
    input_type, search = PICKERS[field]
    query = normalize_query(request.GET.get(f"{field}_q"))
    # "<field>_exclude": the project being edited, which cannot be its own original.
    excluded = [*request.GET.getlist(field), *request.GET.getlist(f"{field}_exclude")]
    results = search(query, exclude=excluded)
    context = {"field": field, "input_type": input_type, "results": results, "query": query}
    return render(request, "projects/includes/picker_results.html", context)


@login_required
@require_safe
def process_choices(request: HttpRequest) -> HttpResponse:
    """htmx: the processes of the chosen services, keeping the ticked ones."""
    context = {
        "processes": pickers.processes_for_services(request.GET.getlist("services")),
        "chosen_process_ids": set(pickers.clean_ids(request.GET.getlist("processes"))),
    }
    return render(request, "projects/includes/process_choices.html", context)
