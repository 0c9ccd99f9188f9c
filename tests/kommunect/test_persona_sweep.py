"""No dead ends: for each persona, every link and form on the pages that persona sees leads to a
page that answers 200, or to the login or join step; never to a 403, 404 or 500.

For each persona the sweep fetches the start pages (header included), collects every ``<a
href>``, ``hx-get`` and form action that points into the site, and follows the GET ones
(redirects included). POST forms are not sent (they would change data): their action must be a
route of the site. Links that differ only in their query values (facet and pagination links of
the search page, twenty project cards) are followed up to PER_SHAPE times: the same view with
the same parameters has no new way to fail, and following all of them takes minutes.
"""

from collections import Counter
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from django.urls import Resolver404, resolve, reverse

from municipalities.models import Membership, Municipality
from projects.models import Project
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    ProcessFactory,
    ProjectFactory,
    ServiceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PER_SHAPE = 2
LOGIN = reverse("account_login")
JOIN = reverse("municipalities:join")
# Paths outside Django's views, and the admin (a tool of its own, with its own permissions).
SKIPPED_PREFIXES = ("/static/", "/media/", "/admin/")

Level, Kind = Municipality.Level, Municipality.Kind


class _Actions(HTMLParser):
    """Every link target and form of a page: (method, url)."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.found.append(("get", attrs["href"]))
        if tag == "form":
            method = (attrs.get("method") or "get").lower()
            self.found.append((method, attrs.get("action") or ""))
        if attrs.get("hx-get"):
            self.found.append(("get", attrs["hx-get"]))
        if attrs.get("hx-post"):
            self.found.append(("post", attrs["hx-post"]))


def site_actions(html: str, page_url: str) -> list[tuple[str, str]]:
    """(method, path?query) of the page's links and forms that stay on the site."""
    parser = _Actions()
    parser.feed(html)
    result = []
    for method, raw in parser.found:
        target = raw or page_url  # a form without action posts to its page
        parts = urlsplit(target)
        if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", "testserver"):
            continue  # mailto:, tel:, other hosts
        if not parts.path:
            continue  # "#fragment" on the same page
        if not parts.path.startswith("/") or parts.path.startswith(SKIPPED_PREFIXES):
            continue
        url = parts.path + (f"?{parts.query}" if parts.query else "")
        result.append((method, url))
    return result


def shape(url: str) -> tuple:
    """The view and the parameter names of a URL: links of one shape fail alike."""
    parts = urlsplit(url)
    match = resolve(parts.path)
    return (match.view_name, tuple(sorted({key for key, _ in parse_qsl(parts.query)})))


@pytest.fixture
def world(db):
    """A Land with a Kreis and two municipalities, projects in every state, a catalogue entry,
    and one user for each persona."""
    land = MunicipalityFactory(name="Nordland", ags="98", level=Level.STATE, kind=Kind.STATE)
    kreis = MunicipalityFactory(
        name="Landkreis Heide",
        ags="98001",
        level=Level.DISTRICT,
        kind=Kind.RURAL_DISTRICT,
        state=land,
        parent=land,
    )
    town = MunicipalityFactory(name="Musterstadt", ags="98001001", state=land, parent=kreis)
    other = MunicipalityFactory(name="Beispielhausen", ags="98001002", state=land, parent=kreis)
    service = ServiceFactory(name="Wohngeld beantragen")
    ProcessFactory(name="Wohngeld Erstantrag").services.add(service)
    published = ProjectFactory(title="Wohngeld online", owner=town, services=[service])
    published.partners.add(other)
    ProjectFactory(title="Kita-Portal", owner=other, services=[service], reuse_offered=True)
    ProjectFactory(title="Ratsinfo", owner=kreis, kind=Project.Kind.IDEA)
    ProjectFactory(
        title="Entwurf Bauantrag", owner=town, publication_state=Project.PublicationState.DRAFT
    )
    ProjectFactory(
        title="Eingereichte Idee", owner=town, publication_state=Project.PublicationState.SUBMITTED
    )

    from django.contrib.auth.models import Group

    from municipalities.access import CURATORS_GROUP

    curator = UserFactory(username="sweep-curator", first_name="Cora", last_name="Kuratorin")
    curator.groups.add(Group.objects.get_or_create(name=CURATORS_GROUP)[0])
    pending = UserFactory(username="sweep-pending", first_name="Paul", last_name="Wartend")
    MembershipFactory(user=pending, municipality=town, state=Membership.State.REQUESTED)
    users = {
        "anonymous": None,
        "no_membership": UserFactory(username="sweep-outsider"),
        "pending": pending,
        "editor": MembershipFactory(
            user=UserFactory(username="sweep-editor"), municipality=town
        ).user,
        "municipality_admin": MembershipFactory(
            user=UserFactory(username="sweep-admin"),
            municipality=town,
            role=Membership.Role.ADMIN,
        ).user,
        "curator": curator,
    }
    return {"users": users, "town": town, "kreis": kreis, "land": land, "project": published}


def start_pages(persona: str, world) -> list[str]:
    """The main pages this persona sees; each must answer 200 (login or join step allowed)."""
    town = world["town"]
    pages = [
        reverse("home"),
        reverse("projects:search"),
        world["project"].get_absolute_url(),
        town.get_absolute_url(),
        world["kreis"].get_absolute_url(),
        world["land"].get_absolute_url(),
        reverse("municipalities:index"),
        reverse("ozg:catalogue"),
        reverse("legal:imprint"),
    ]
    if persona == "anonymous":
        return [*pages, reverse("account_login"), reverse("account_signup")]
    pages += [reverse("projects:mine"), JOIN, reverse("accounts:profile")]
    if persona in ("editor", "municipality_admin", "curator"):
        pages.append(reverse("projects:create"))
    if persona in ("municipality_admin", "curator"):
        pages += [
            reverse("municipalities:members", args=[town.slug]),
            reverse("municipalities:membership-queue"),
        ]
    if persona == "curator":
        pages.append(reverse("projects:moderation"))
    return pages


CHECKED_HEADERS = ("Content-Security-Policy", "Permissions-Policy", "Cache-Control")
CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


def sweep(client, persona: str, world) -> dict:
    """Fetch the start pages, then follow their GET actions; returns what was seen."""
    visited: dict[str, int] = {}
    failures: list[str] = []
    redirects: dict[str, str] = {}
    headers: dict[str, dict[str, str | None]] = {}
    post_actions: set[str] = set()
    shapes: Counter = Counter()
    queue: list[tuple[str, str, str]] = []

    def fetch(url: str, source: str) -> str | None:
        response = client.get(url, follow=True)
        visited[url] = response.status_code
        if response.redirect_chain:
            redirects[url] = response.redirect_chain[-1][0]
        if response.status_code != 200:
            failures.append(f"{url} (from {source}) -> {response.status_code}")
            return None
        if "text/html" not in response.get("Content-Type", ""):
            return None
        headers[url] = {name: response.get(name) for name in CHECKED_HEADERS}
        return response.content.decode()

    for page in start_pages(persona, world):
        html = fetch(page, "start")
        if html is None:
            continue
        shapes[shape(page)] += 1
        queue += [(method, url, page) for method, url in site_actions(html, page)]

    for method, url, source in queue:
        try:
            url_shape = shape(url)
        except Resolver404:
            failures.append(f"{method.upper()} {url} (from {source}) -> no such route")
            continue
        if method == "post":
            post_actions.add(urlsplit(url).path)
            continue
        if url in visited or shapes[url_shape] >= PER_SHAPE:
            continue
        shapes[url_shape] += 1
        fetch(url, source)
    return {
        "visited": visited,
        "failures": failures,
        "redirects": redirects,
        "headers": headers,
        "posts": post_actions,
        "views": {resolve(urlsplit(url).path).view_name for url in visited},
    }


# What each persona must have reached through the links and which forms it must have been
# offered (so that the sweep cannot pass by seeing nothing), and how many URLs at least.
EXPECTED = {
    "anonymous": (
        {"projects:detail", "regions:detail", "municipalities:index", "account_signup"},
        {"set_language"},
        20,
    ),
    "no_membership": (
        {"projects:create", "municipalities:join", "accounts:profile"},
        {"municipalities:join", "account_logout"},
        25,
    ),
    "pending": (
        {"projects:create", "municipalities:join", "accounts:profile"},
        {"municipalities:membership-withdraw"},
        25,
    ),
    "editor": (
        {"projects:create", "projects:edit", "projects:history"},
        {"projects:submit", "projects:confirm"},
        30,
    ),
    "municipality_admin": (
        {"municipalities:members", "municipalities:profile-edit"},
        {"municipalities:membership-approve", "municipalities:membership-role"},
        30,
    ),
    "curator": (
        {"projects:moderation", "municipalities:membership-queue"},
        {"projects:publish", "projects:reject"},
        30,
    ),
}


@pytest.mark.parametrize("persona", list(EXPECTED))
def test_no_action_of_any_page_is_a_dead_end(client, world, persona):
    user = world["users"][persona]
    if user is not None:
        client.force_login(user)

    result = sweep(client, persona, world)

    assert result["failures"] == []
    must_reach, must_offer, at_least = EXPECTED[persona]
    assert must_reach <= result["views"], must_reach - result["views"]
    offered = {resolve(path).view_name for path in result["posts"]}
    assert must_offer <= offered, must_offer - offered
    assert len(result["visited"]) >= at_least
    # Every page answers HEAD as it answers GET (monitors and link checkers ask with HEAD).
    head = {url: client.head(url, follow=True).status_code for url in result["visited"]}
    assert head == result["visited"]
    # Redirects end on the login step (anonymous), the join step (no membership yet) or the
    # canonical address of the same page; never somewhere unexpected.
    unexpected = {
        url: target
        for url, target in result["redirects"].items()
        if urlsplit(target).path not in (LOGIN, JOIN) and not _redirects_by_design(url)
    }
    assert unexpected == {}
    # Every HTML page: the strict CSP, a Permissions-Policy, and no caching of a signed-in
    # person's pages (anonymous public pages stay cacheable).
    assert {
        url: h["Content-Security-Policy"] for url, h in result["headers"].items()
    } == dict.fromkeys(result["headers"], CSP)
    assert all("camera=()" in h["Permissions-Policy"] for h in result["headers"].values())
    cache = {url: h["Cache-Control"] for url, h in result["headers"].items()}
    if user is None:  # allauth's own pages (login, signup) are never cached, by design
        public = {url: value for url, value in cache.items() if not url.startswith("/accounts/")}
        assert public == dict.fromkeys(public), public
        assert len(public) >= 15
    else:
        assert cache == dict.fromkeys(cache, "private, no-store")


def _redirects_by_design(url: str) -> bool:
    """The language switch returns to its page; an AGS address to the slug address."""
    return resolve(urlsplit(url).path).view_name in {"set_language", "regions:detail"}


@pytest.mark.parametrize("persona", ["no_membership", "pending"])
def test_the_header_action_projekt_eintragen_leads_non_members_to_the_join_step(
    client, world, persona
):
    client.force_login(world["users"][persona])
    header = client.get(reverse("home")).content.decode().split("</header>")[0]
    assert f'href="{reverse("projects:create")}"' in header
    response = client.get(reverse("projects:create"), follow=True)
    assert response.redirect_chain == [(JOIN, 302)]
    assert response.status_code == 200
    content = response.content.decode()
    assert "Einer Kommune beitreten" in content
    assert ("ist noch offen" in content) is (persona == "pending")


def test_query_urls_keep_their_parameters():
    """The sweep's own URL handling: the query is kept, the fragment dropped."""
    html = '<a href="/projekte/?kind=idea#top">x</a><a href="mailto:a@b.de">m</a><a href="#x">f</a>'
    assert site_actions(html, "/") == [("get", "/projekte/?" + urlencode({"kind": "idea"}))]
