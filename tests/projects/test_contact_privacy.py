"""The recipients' addresses never reach anyone but those who edit them: a crawl of every page
and fragment an anonymous visitor, a signed-in outsider, a member of another municipality and a
curator reach (links, htmx GETs, JSON), plus every answer of the contact forms, never contains
the project contact's or the digital officer's address."""

from collections import Counter
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import Resolver404, resolve, reverse

from municipalities.models import Membership
from projects.models import ContactMessage
from tests.factories import MembershipFactory, MunicipalityFactory, ProjectFactory, UserFactory
from tests.kommunect.test_persona_sweep import site_actions

pytestmark = pytest.mark.django_db

PROJECT_EMAIL = "dana.beispiel@musterstadt.example"
OFFICER_EMAIL = "olaf.lotse@musterstadt.example"
ADMIN_EMAIL = "anna.admin@kleinstadt.example"
SECRETS = [PROJECT_EMAIL, OFFICER_EMAIL, ADMIN_EMAIL, "dana.beispiel", "olaf.lotse", "anna.admin"]
PER_SHAPE = 3
# Forms where people edit these addresses (a curator may edit every project and profile) and
# the history of such edits: there the address is the content.
EDITING_VIEWS = {
    "projects:edit",
    "projects:history",
    "projects:version",
    "projects:version-restore",
    "municipalities:profile-edit",
    "municipalities:members",  # a manager sees the members' addresses
    "municipalities:membership-queue",
}


@pytest.fixture
def world(municipality_a, municipality_b, curator, editor_b, outsider):
    municipality_a.officer_name = "Olaf Lotse"
    municipality_a.officer_email = OFFICER_EMAIL
    municipality_a.save()
    with_contact = ProjectFactory(
        owner=municipality_a,
        title="Digitale Hundesteuer",
        contact_name="Dana Beispiel",
        contact_email=PROJECT_EMAIL,
    )
    to_officer = ProjectFactory(owner=municipality_a, title="Online-Terminvergabe")
    small = MunicipalityFactory(name="Kleinstadt")
    MembershipFactory(
        user=UserFactory(username="anna", email=ADMIN_EMAIL),
        municipality=small,
        role=Membership.Role.ADMIN,
    )
    to_admins = ProjectFactory(owner=small, title="Sperrmüll online")
    ContactMessage.objects.create(
        sender=editor_b,
        sender_name="Erika Muster",
        recipient_kind=ContactMessage.RecipientKind.PROJECT_CONTACT,
        recipient_emails=[PROJECT_EMAIL],
        project=with_contact,
        municipality=municipality_a,
        subject_title=with_contact.title,
    )
    return {
        "projects": [with_contact, to_officer, to_admins],
        "municipalities": [municipality_a, small],
        "users": {"outsider": outsider, "editor_b": editor_b, "curator": curator},
    }


def start_pages(world) -> list[str]:
    pages = [reverse("home"), reverse("projects:search"), reverse("projects:moderation")]
    pages += [reverse("projects:contact-log"), reverse("municipalities:index")]
    for project in world["projects"]:
        pages += [project.get_absolute_url(), reverse("projects:contact", args=[project.slug])]
    for municipality in world["municipalities"]:
        pages += [
            municipality.get_absolute_url(),
            reverse("regions:contact", args=[municipality.slug]),
            f"{reverse('municipalities:autocomplete')}?q={municipality.name}",
        ]
    return pages


def crawl(client, world) -> dict[str, str]:
    """Every reachable GET answer (pages, fragments, JSON) by URL, following links."""
    seen: dict[str, str] = {}
    shapes: Counter = Counter()
    queue = start_pages(world)
    while queue:
        url = queue.pop(0)
        path = urlsplit(url).path
        if url in seen or path.startswith(("/static/", "/media/", "/admin/")):
            continue
        try:
            match = resolve(path)
        except Resolver404:  # a dead link is the persona sweep's to find
            continue
        if match.view_name in EDITING_VIEWS or match.view_name == "account_logout":
            continue
        key = (match.view_name, tuple(sorted(match.kwargs)))
        if shapes[key] >= PER_SHAPE and match.view_name not in ("projects:detail",):
            continue
        shapes[key] += 1
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
            continue
        body = response.content.decode(errors="replace")
        seen[url] = body
        if "text/html" in response.get("Content-Type", ""):
            queue += [target for method, target in site_actions(body, url) if method == "get"]
    return seen


def leaks(answers: dict[str, str]) -> dict[str, list[str]]:
    return {
        url: [secret for secret in SECRETS if secret in body]
        for url, body in answers.items()
        if any(secret in body for secret in SECRETS)
    }


@pytest.mark.parametrize("persona", ["anonymous", "outsider", "editor_b", "curator"])
def test_no_page_or_fragment_shows_a_recipients_address(client, world, persona):
    if persona != "anonymous":
        client.force_login(world["users"][persona])
    answers = crawl(client, world)
    print(persona, len(answers), "answers crawled")
    assert len(answers) > 25  # the crawl reached the site, not just its start
    assert leaks(answers) == {}


def test_no_answer_of_the_forms_shows_the_address(client, world, settings):
    """Success (page and htmx), bad input, the limit (page and htmx), and the mail's
    sender-facing parts: the recipient's address is only in the mail's To header."""
    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "", "recipient": ""}
    client.force_login(world["users"]["outsider"])
    answers = {}
    for target in [*world["projects"], *world["municipalities"]]:
        if hasattr(target, "slug") and hasattr(target, "owner"):
            url = reverse("projects:contact", args=[target.slug])
        else:
            url = reverse("regions:contact", args=[target.slug])
        for data, headers in (
            ({"message": "Hallo"}, {}),
            ({"message": "Hallo"}, {"HX-Request": "true"}),
            ({"message": ""}, {}),
            ({"message": ""}, {"HX-Request": "true"}),
        ):
            response = client.post(url, data, headers=headers, follow=True)
            answers[f"{url} {data} {headers}"] = response.content.decode()
    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "1/d", "recipient": ""}
    for headers in ({}, {"HX-Request": "true"}):
        url = reverse("projects:contact", args=[world["projects"][0].slug])
        response = client.post(url, {"message": "Noch einmal"}, headers=headers)
        assert "viele Nachrichten" in response.content.decode()
        answers[f"limit {headers}"] = response.content.decode()
    assert leaks(answers) == {}
    assert len(mail.outbox) == 10  # 5 targets x 2 successful posts (page and htmx)
    for message in mail.outbox:
        assert message.to[0] in SECRETS
        assert not any(secret in message.body for secret in SECRETS)
