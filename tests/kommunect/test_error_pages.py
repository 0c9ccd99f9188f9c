"""Error pages: in the site's design, in the visitor's language, each with a way on."""

import pytest
from django.test import Client
from django.urls import reverse

WAYS_ON = ('name="q"', 'href="/"', "/accounts/login/", "/accounts/signup/")


@pytest.fixture(autouse=True)
def _production_errors(settings):
    """Error pages as visitors get them: DEBUG off."""
    settings.DEBUG = False


def _assert_error_page(response, status, heading):
    assert response.status_code == status
    content = response.content.decode()
    assert f">{heading}</h1>" in content
    assert 'href="#main"' in content
    assert "kommunect.css" in content
    for way in WAYS_ON:
        assert way in content


@pytest.mark.django_db
def test_unknown_page_answers_404_with_search_and_home(client):
    response = client.get("/gibt-es-nicht/")
    _assert_error_page(response, 404, "Seite nicht gefunden")
    assert '<html lang="de"' in response.content.decode()


@pytest.mark.django_db
def test_404_speaks_english_when_chosen(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert '<html lang="en"' in response.content.decode()


@pytest.mark.django_db
def test_forbidden_page_says_why_and_offers_joining(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("projects:moderation"))
    assert response.status_code == 403
    content = response.content.decode()
    assert ">Kein Zugriff</h1>" in content
    assert "Nur das Kuratorium hat Zugang zur Moderation." in content
    assert reverse("municipalities:join") in content
    assert 'name="q"' in content


@pytest.mark.django_db
def test_bad_request_answers_400_in_our_design():
    client = Client(HTTP_HOST="nicht-erlaubt.example")
    _assert_error_page(client.get("/"), 400, "Ungültige Anfrage")


@pytest.mark.django_db
def test_csrf_failure_uses_the_403_design(outsider):
    client = Client(enforce_csrf_checks=True)
    client.force_login(outsider)
    response = client.post(reverse("account_logout"))
    assert response.status_code == 403
    content = response.content.decode()
    assert ">Kein Zugriff</h1>" in content
    assert "Das Formular ist abgelaufen" in content
    assert "CSRF" not in content


@pytest.mark.parametrize("session", [None, "a" * 32], ids=["visitor", "with-session-cookie"])
def test_server_error_page_renders_while_the_database_is_unreachable(settings, session):
    """No ``db`` fixture: pytest-django refuses every query, as a dead database would. The home
    page's first query fails, and the 500 page must still render (without any query), also
    for a visitor whose session would have to be read from the database."""
    client = Client(raise_request_exception=False)
    if session:
        client.cookies[settings.SESSION_COOKIE_NAME] = session
    response = client.get(reverse("home"))
    assert response.status_code == 500
    content = response.content.decode()
    assert ">Technischer Fehler</h1>" in content
    assert '<html lang="de"' in content
    for way in WAYS_ON:
        assert way in content


def test_server_error_page_follows_the_chosen_language(settings):
    client = Client(raise_request_exception=False)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(reverse("home"))
    assert response.status_code == 500
    assert '<html lang="en"' in response.content.decode()
