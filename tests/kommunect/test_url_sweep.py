"""Every named URL of the site, namespaces and the admin included, answers: 200 for a person
allowed there (a curator who is also a municipality admin), the login step for an anonymous
visitor where signing in is needed, and exactly one <h1> on every HTML page.

The URLs come from walking the URL resolver, their arguments from the fixture's objects. A new
URL without arguments here, or without its answer, fails the test; so does a URL that vanished
(the sweep counts what it swept). The persona sweep (test_persona_sweep.py) follows the links
of the pages; this one reaches also the pages nothing links to.
"""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from taggit.models import Tag

from feedback.models import BarrierReport
from kommunect.models import OutboxMessage
from municipalities.models import Membership, RegisterImport, StaffProfile
from ozg.models import CatalogueImport, LifeSituation
from projects.changes import project_snapshot
from projects.contact import report_token
from projects.models import Attachment, ContactMessage, Project, ProjectEvent, ReuseRequest
from tests.factories import LifeSituationFactory, MembershipFactory, UserFactory
from tests.kommunect.test_persona_sweep import world  # noqa: F401 (a fixture)
from tests.projects.posting import png_bytes

pytestmark = pytest.mark.django_db

# How many named URLs the site has. A new one needs its arguments below (or the walk fails
# with a KeyError) and raises this number.
URL_COUNT = 204

# Views that only take POST (they change data): a GET is refused with 405, after the login step
# for an anonymous visitor.
POST_ONLY = {
    "municipalities:membership-withdraw",
    "municipalities:membership-approve",
    "municipalities:membership-decline",
    "municipalities:membership-role",
    "municipalities:membership-remove",
    "projects:preview",
    "projects:submit",
    "projects:unarchive",
    "projects:confirm",
    "projects:publish",
    "projects:reject",
    "projects:mark-reviewed",
    "projects:attachment-delete",
    "projects:request-answer",
    "projects:request-post",
    "projects:request-agree",
    "projects:request-decline",
    "projects:request-withdraw",
    "projects:request-complete",
    "admin:logout",
}
# Query strings a view needs to answer at all.
QUERIES = {"admin:autocomplete": "?app_label=projects&model_name=project&field_name=owner"}


def named_urls(patterns=None, namespace=None):
    """(view name, its URL pattern's argument names) of every named URL."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            name = f"{namespace}:{inner}" if namespace and inner else inner or namespace
            yield from named_urls(pattern.url_patterns, name)
        elif isinstance(pattern, URLPattern) and pattern.name:
            view_name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield view_name, sorted(pattern.pattern.regex.groupindex)


@pytest.fixture
def sweeper(world):  # noqa: F811 (the fixture imported above)
    """A superuser in the curators' group who is a municipality admin of Musterstadt."""
    user = UserFactory(username="sweeper", is_staff=True, is_superuser=True)
    user.groups.add(Group.objects.get_or_create(name="Kuratoren")[0])
    MembershipFactory(user=user, municipality=world["town"], role=Membership.Role.ADMIN)
    return user


@pytest.fixture
def arguments(world, sweeper, settings, tmp_path):  # noqa: F811
    """URL arguments by view name, from objects that exist; admin ones by model."""
    settings.MEDIA_ROOT = tmp_path
    town, project = world["town"], world["project"]
    service = project.services.get()
    process = service.processes.get()
    requested = Membership.objects.get(state=Membership.State.REQUESTED)
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.CREATED,
        version=1,
        snapshot=project_snapshot(project),
    )
    project.cover_alt_text = "Rathaus"
    project.cover_image.save("rathaus.png", ContentFile(png_bytes()))
    Project.objects.filter(pk=project.pk).update(version=2)  # version 1 can be restored
    attachment = Attachment.objects.create(
        project=project,
        file=SimpleUploadedFile("konzept.pdf", b"%PDF-1.4 demo"),
        title="Konzept",
        content_type="application/pdf",
        size=13,
    )
    project_args = {"slug": project.slug}
    # Beispielhausen asks Musterstadt (the sweeper's municipality) for its project.
    reuse_request = ReuseRequest.objects.create(
        project=project, municipality=project.partners.get(), questions="Kosten?"
    )
    request_args = {**project_args, "pk": reuse_request.pk}
    by_view = {
        "ozg:service-detail": {"ozg_id": service.ozg_id},
        "ozg:process-detail": {"key": process.leika_key or process.pk},
        "ozg:topic_field": {"slug": service.topic_field.slug},
        "municipalities:membership-withdraw": {"pk": requested.pk},
        "municipalities:members": {"slug": town.slug},
        "municipalities:profile-edit": {"slug": town.slug},
        "regions:detail": {"key": town.slug},
        "regions:contact": {"key": town.slug},
        "projects:contact-report": {"token": report_token(contact_message(world, sweeper))},
        "projects:picker": {"field": "services"},
        "projects:version": {**project_args, "version": 1},
        "projects:version-restore": {**project_args, "version": 1},
        "projects:attachment": {**project_args, "pk": attachment.pk},
        "projects:attachment-delete": {**project_args, "pk": attachment.pk},
        # The sweeper asks Beispielhausen for its Kita-Portal.
        "projects:request-create": {"slug": Project.objects.get(title="Kita-Portal").slug},
        "projects:request": request_args,
        "account_confirm_email": {"key": "ungueltig"},
        "account_reset_password_from_key": {"uidb36": "0", "key": "ungueltig"},
    }
    for name in ("answer", "post", "agree", "decline", "withdraw", "complete"):
        by_view[f"projects:request-{name}"] = request_args
    for name in ("approve", "decline", "role", "remove"):
        by_view[f"municipalities:membership-{name}"] = {"slug": town.slug, "pk": requested.pk}
    for name in [
        "edit",
        "submit",
        "archive",
        "unarchive",
        "confirm",
        "publish",
        "reject",
        "mark-reviewed",
        "history",
        "cover",
        "contact",
        "detail",
        "family",
    ]:
        by_view[f"projects:{name}"] = project_args
    # Another municipality's project: the sweeper may reuse it for Musterstadt.
    by_view["projects:reuse-start"] = {"slug": Project.objects.get(title="Kita-Portal").slug}
    # Only a project that was never published can be deleted.
    draft = Project.objects.get(publication_state=Project.PublicationState.DRAFT)
    by_view["projects:delete"] = {"slug": draft.slug}
    return by_view | admin_arguments(world, sweeper)


def contact_message(world, sweeper) -> ContactMessage:  # noqa: F811
    return ContactMessage.objects.create(
        sender=sweeper,
        sender_name="Sweeper",
        recipient_kind=ContactMessage.RecipientKind.OFFICER,
        recipient_emails=["lotse@example.org"],
        municipality=world["town"],
        subject_title=world["town"].name,
    )


def admin_arguments(world, sweeper) -> dict:  # noqa: F811
    """One object of every model the admin has, for its change, delete and history pages."""
    objects = {
        OutboxMessage: OutboxMessage.objects.create(
            subject="Test", recipients="a@example.org", message=b""
        ),
        CatalogueImport: CatalogueImport.objects.create(
            source="s", publisher="p", license="l", checksum="c"
        ),
        RegisterImport: RegisterImport.objects.create(
            source="s", publisher="p", license="l", checksum="c"
        ),
        BarrierReport: BarrierReport.objects.create(message="Kontrast zu schwach"),
        StaffProfile: StaffProfile.objects.create(user=sweeper),
        EmailAddress: EmailAddress.objects.create(user=sweeper, email="s@example.org"),
        Authenticator: RecoveryCodes.activate(UserFactory()).instance,
        LifeSituation: LifeSituationFactory(),
        Tag: Tag.objects.create(name="Bürgeramt"),
    }
    by_view = {}
    for model in admin.site._registry:
        opts = model._meta
        obj = objects.get(model) or model.objects.order_by("pk").first()
        prefix = f"admin:{opts.app_label}_{opts.model_name}"
        for view in ("change", "delete", "history"):
            by_view[f"{prefix}_{view}"] = {"object_id": obj.pk}
        if model is Project:
            view_on_site = ContentType.objects.get_for_model(model), obj.pk
    by_view["admin:view_on_site"] = dict(
        zip(["content_type_id", "object_id"], [view_on_site[0].pk, view_on_site[1]], strict=True)
    )
    by_view["admin:app_list"] = {"app_label": "projects"}
    by_view["admin:auth_user_password_change"] = {"id": sweeper.pk}
    return by_view


def swept_urls(arguments) -> dict[str, str]:
    """Every named URL with its arguments; fails naming the views without arguments."""
    names = dict(named_urls())
    missing = {view: wanted for view, wanted in names.items() if wanted and view not in arguments}
    assert missing == {}
    wrong = {view: kwargs for view, kwargs in arguments.items() if sorted(kwargs) != names[view]}
    assert wrong == {}
    return {
        view: reverse(view, kwargs=arguments.get(view, {})) + QUERIES.get(view, "")
        for view in names
    }


def is_login_step(response) -> bool:
    location = response.get("Location", "")
    return response.status_code == 302 and location.split("?")[0] in (
        reverse("account_login"),
        reverse("admin:login"),
    )


def test_every_named_url_answers_a_signed_in_curator(client, arguments, sweeper):
    client.force_login(sweeper)
    urls = swept_urls(arguments)
    assert len(urls) == URL_COUNT

    answers, headings, empty_links = {}, {}, []
    for view_name, url in urls.items():
        response = client.get(url)
        if response.streaming:  # a file (cover, attachment): read to the end, which closes it
            b"".join(response.streaming_content)
        answers[view_name] = response.status_code
        if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
            html = response.content.decode()
            if "<html" in html:  # a page, not an htmx fragment
                headings[view_name] = len(re.findall(r"<h1[\s>]", html))
            if 'href=""' in html:  # e.g. a {% url … as x %} that failed
                empty_links.append(view_name)

    expected = {name: 405 if name in POST_ONLY else 200 for name in urls}
    differences = {
        name: (answers[name], status)
        for name, status in (expected | SIGNED_IN_OTHERWISE).items()
        if answers[name] != status
    }
    assert differences == {}, sorted(differences.items())
    wrong_h1 = {name: count for name, count in headings.items() if count != 1}
    assert wrong_h1 == {}, sorted(wrong_h1.items())
    assert len(headings) == 148  # the HTML pages among them
    assert empty_links == []


# What a signed-in curator gets instead of a page, and why.
SIGNED_IN_OTHERWISE = {
    # Read-only in the admin: history, imports, the outbox and the checked uploads are written
    # by the platform only.
    **dict.fromkeys(
        [
            f"admin:{model}_{view}"
            for model in (
                "projects_projectevent",
                "projects_reuserequest",
                "kommunect_outboxmessage",
                "ozg_catalogueimport",
                "municipalities_registerimport",
            )
            for view in ("add", "delete")
        ]
        + ["admin:projects_attachment_add", "admin:mfa_authenticator_add"],
        403,
    ),
    # Steps of allauth's flows: outside their flow they send to where the flow starts.
    **dict.fromkeys(
        [
            "account_confirm_login_code",
            "account_confirm_reauthentication_code",
            "account_set_password",  # the person has a password: change it instead
            "mfa_activate_totp",
            "mfa_authenticate",
            "mfa_reauthenticate",
            "mfa_generate_recovery_codes",
        ],
        302,
    ),
    # Nothing to show: the person has no authenticator app and no recovery codes.
    **dict.fromkeys(
        ["mfa_deactivate_totp", "mfa_download_recovery_codes", "mfa_view_recovery_codes"], 404
    ),
    "favicon": 302,  # to the static file
    "set_language": 302,  # back to the page
    "admin:view_on_site": 302,  # to the project page
    "admin:login": 302,  # signed in already: to the admin index
    "account_login": 302,  # signed in already: to the start page
    "account_signup": 302,
}


def test_every_named_url_answers_an_anonymous_visitor(client, arguments):
    urls = swept_urls(arguments)
    assert len(urls) == URL_COUNT

    refused = {}
    for view_name, url in urls.items():
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        if response.status_code == 200 or is_login_step(response):
            continue
        if view_name in POST_ONLY and response.status_code == 405:
            continue
        refused[view_name] = response.status_code

    assert refused == ANONYMOUS_OTHERWISE, sorted(refused.items())


# What an anonymous visitor gets instead of a page or the login step, and why.
ANONYMOUS_OTHERWISE = {
    "account_logout": 302,  # nobody to sign out: to the start page
    "admin:logout": 302,
    "favicon": 302,
    "set_language": 302,
}
