"""Reuse requests: ask from a project page, the request page with its thread and steps, and
"Meine Anfragen". Every write is a service of projects.services.requests, answered with a
redirect (PRG)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from municipalities.access import editable_municipality_ids
from projects import reuse_requests
from projects.models import Project
from projects.reuse_request_forms import CompleteForm, MessageForm, RequestForm, StepForm
from projects.services import requests as services
from projects.services.common import WorkflowError

REQUEST_TEMPLATE = "projects/reuse_request.html"


@require_http_methods(["GET", "HEAD", "POST"])
def request_create(request: HttpRequest, slug: str) -> HttpResponse:
    """GET the form (or what the visitor needs first: sign in, join a municipality); POST
    creates the request and goes to its page."""
    user = request.user
    project = get_object_or_404(Project.objects.visible_to(user).select_related("owner"), slug=slug)
    if request.method == "POST" and not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    municipalities = services.asking_municipalities(user, project) if user.is_authenticated else []
    context = {"project": project, "form": None, "own": False}
    if user.is_authenticated and not municipalities:
        context["own"] = project.owner_id in editable_municipality_ids(user)
        if request.method == "POST" or context["own"]:
            raise PermissionDenied(
                _("Das ist ein Projekt Ihrer Kommune.")
                if context["own"]
                else _("Treten Sie zuerst Ihrer Kommune bei, um für sie anzufragen.")
            )
        return render(request, "projects/reuse_request_form.html", context)
    if not project.is_published:
        raise PermissionDenied(_("Nur veröffentlichte Projekte können angefragt werden."))
    if not user.is_authenticated:
        return render(request, "projects/reuse_request_form.html", context)
    if request.method != "POST" and len(municipalities) == 1:
        # Asked already: say so before the form is filled in, not after it is sent.
        context["active_url"] = reuse_requests.project_box(user, project)["active_url"]
        if context["active_url"]:
            return render(request, "projects/reuse_request_form.html", context)
    form = RequestForm(request.POST or None, municipalities=municipalities)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.request_create(
                actor=user,
                project=project,
                municipality=form.cleaned_data["municipality"],
                data=form.data_for_service(),
            )
        except WorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Ihre Anfrage ist bei %(owner)s. Sie erhalten eine E-Mail, sobald sie antwortet.")
                % {"owner": project.owner.name},
            )
            return redirect(created)
    context["form"] = form
    return render(request, "projects/reuse_request_form.html", context)


def _visible(request: HttpRequest, slug: str, pk: int):
    found = reuse_requests.visible_request(request.user, slug, pk)
    if found is None:  # 404 for everyone but A, B and the curators: nothing leaks
        raise Http404
    return found


def _page(
    request, reuse_request, *, forms=None, status=200, error=None, kept_text="", done=""
) -> HttpResponse:
    """The request page; for htmx (the message form) always 200, which htmx swaps in."""
    context = reuse_requests.request_page(request.user, reuse_request)
    version = reuse_request.version
    context["message_form"] = MessageForm(initial={"version": version})
    context["step_form"] = StepForm(initial={"version": version})
    if "complete" in context["steps"]:
        context["complete_form"] = CompleteForm(
            initial={"version": version},
            candidates=services.completion_candidates(reuse_request),
        )
    context.update(forms or {})
    context["error"] = error
    context["kept_text"] = kept_text
    context["done"] = done
    return render(request, REQUEST_TEMPLATE, context, status=200 if request.htmx else status)


@login_required
def request_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    return _page(request, _visible(request, slug, pk))


DONE = {
    "answer": gettext_lazy("Ihre Antwort ist verschickt."),
    "post": gettext_lazy("Ihre Nachricht ist verschickt."),
    "agree": gettext_lazy("Die Nachnutzung ist vereinbart."),
    "decline": gettext_lazy("Die Anfrage ist abgelehnt."),
    "withdraw": gettext_lazy("Ihre Anfrage ist zurückgezogen."),
    "complete": gettext_lazy("Die Nachnutzung ist als umgesetzt eingetragen."),
}
SERVICES = {
    "answer": services.request_answer,
    "post": services.request_post,
    "agree": services.request_agree,
    "decline": services.request_decline,
    "withdraw": services.request_withdraw,
    "complete": services.request_complete,
}


def _step(request: HttpRequest, slug: str, pk: int, step: str) -> HttpResponse:
    """Refused with 404 (not visible), 403 (the wrong side); a page decided on an older
    version or a step the state no longer allows answers 409 with the input kept."""
    reuse_request = _visible(request, slug, pk)
    if not services.may_take(request.user, reuse_request, step):
        raise PermissionDenied(_("Das darf nur die andere Kommune."))
    if step == "complete":
        form = CompleteForm(request.POST, candidates=services.completion_candidates(reuse_request))
        form_name = "complete_form"
    else:
        form = (MessageForm if step in ("answer", "post") else StepForm)(request.POST)
        form_name = "message_form" if step in ("answer", "post") else "step_form"
    if not form.is_valid():
        return _page(request, reuse_request, forms={form_name: form})
    arguments = {"expected_version": form.cleaned_data["version"]}
    if step == "complete":
        arguments["resulting_project"] = form.cleaned_data["resulting_project"]
    else:
        arguments["text"] = form.cleaned_data["text"]
    try:
        SERVICES[step](actor=request.user, request=reuse_request, **arguments)
    except WorkflowError as error:
        # The page as it is now (the new version in its forms), with the input kept.
        current = _visible(request, slug, pk)
        kept = form.data.copy()
        kept["version"] = current.version
        kept_form = (
            CompleteForm(kept, candidates=services.completion_candidates(current))
            if step == "complete"
            else type(form)(kept)
        )
        kept_form.is_valid()
        steps = services.allowed_steps(request.user, current)
        shown = "post" if step in ("answer", "post") else step
        return _page(
            request,
            current,
            forms={form_name: kept_form},
            status=409,
            error=str(error),
            # The form is gone in the new state: the text is shown with the message.
            kept_text="" if shown in steps else form.cleaned_data.get("text", ""),
        )
    if request.htmx:  # the message form: the page in place, no reload
        return _page(request, _visible(request, slug, pk), done=str(DONE[step]))
    messages.success(request, str(DONE[step]))
    return redirect(reuse_request.get_absolute_url() + "#verlauf")


def _step_view(step: str):
    @login_required
    @require_POST
    def view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
        return _step(request, slug, pk, step)

    view.__name__ = f"request_{step}"
    return view


request_answer = _step_view("answer")
request_post = _step_view("post")
request_agree = _step_view("agree")
request_decline = _step_view("decline")
request_withdraw = _step_view("withdraw")
request_complete = _step_view("complete")


@login_required
def my_requests(request: HttpRequest) -> HttpResponse:
    """ "Meine Anfragen": incoming (to the user's municipalities) and outgoing."""
    return render(request, "projects/my_requests.html", reuse_requests.my_requests(request.user))
