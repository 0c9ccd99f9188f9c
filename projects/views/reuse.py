""" "Nachnutzung starten" (a member starts their municipality's draft from a published
project), the reuse section of the project page and the family page of a project."""

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from projects.family import family_tree
from projects.models import Project
from projects.services.common import WorkflowError
from projects.services.reuse import reuse_municipalities, reuse_refusal, start_reuse


class ReuseStartForm(forms.Form):
    municipality = forms.ModelChoiceField(
        label=gettext_lazy("Für welche Kommune?"),
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": gettext_lazy("Bitte wählen Sie Ihre Kommune."),
            "invalid_choice": gettext_lazy("Bitte wählen Sie eine Ihrer Kommunen."),
        },
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Wie nutzen Sie das Projekt nach?"),
        choices=Project.ReuseKind.choices,
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "Übernommen: Sie setzen es so um, wie es ist. Angepasst: Sie übernehmen es mit "
            "Änderungen. Inspiriert von: Sie bauen etwas Eigenes nach diesem Vorbild."
        ),
        error_messages={
            "required": gettext_lazy("Bitte wählen Sie, wie Sie das Projekt nachnutzen."),
            "invalid_choice": gettext_lazy("Bitte wählen Sie eine der drei Arten."),
        },
    )

    def __init__(self, *args, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["municipality"]
        field.queryset = municipalities
        if len(municipalities) == 1:  # the only choice is chosen
            field.initial = municipalities[0].pk


def reuse_section(user, project: Project) -> dict:
    """Context of the project page's reuse section (includes/reuse_section.html); no query."""
    return {
        "reuse_refusal": reuse_refusal(user, project) if project.is_published else "unpublished",
        "has_family": bool(project.based_on_id or project.reuse_count),
    }


@require_http_methods(["GET", "HEAD", "POST"])
def reuse_start(request: HttpRequest, slug: str) -> HttpResponse:
    """GET: the form (municipality, type of lineage); POST: create the draft, then edit it.
    Anonymous visitors sign in first; who may not start a reuse gets 403 with the reason."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    original = get_object_or_404(Project.objects.published().select_related("owner"), slug=slug)
    refusal = reuse_refusal(request.user, original)
    context = {"project": original, "refusal": refusal}
    if refusal:
        return render(request, "projects/reuse_start.html", context, status=403)
    municipalities = reuse_municipalities(request.user, original)
    form = ReuseStartForm(request.POST or None, municipalities=municipalities)
    if request.method == "POST" and form.is_valid():
        try:
            project = start_reuse(
                actor=request.user,
                original=original,
                municipality=form.cleaned_data["municipality"],
                kind=form.cleaned_data["kind"],
            )
        except WorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _(
                    "Ihr Entwurf „%(title)s“ ist angelegt, mit den Angaben aus dem Original. "
                    "Bitte passen Sie ihn an Ihre Kommune an und speichern Sie."
                )
                % {"title": project.title},
            )
            return redirect("projects:edit", project.slug)
    context["form"] = form
    # Reuses the user's municipalities started already: a second one is rarely meant.
    context["started"] = (
        Project.objects.filter(based_on=original, owner__in=municipalities)
        .select_related("owner")
        .only("id", "slug", "title", "owner__name")
        .order_by("title")
    )
    return render(request, "projects/reuse_start.html", context)


@require_safe
def project_family(request: HttpRequest, slug: str) -> HttpResponse:
    """The tree of who reused whom around a project; 404 where the project page is 404."""
    project = get_object_or_404(
        Project.objects.visible_to(request.user).only("id", "slug", "title"), slug=slug
    )
    roots = family_tree(project, request.user)
    if len(roots) == 1 and not roots[0].children:  # the project alone: no family to show
        roots = []
    context = {"project": project, "roots": roots}
    return render(request, "projects/family.html", context)
