"""The accessibility statement (BITV 2.0 § 7): its content, the barrier report form that
reaches the operator, and the pages in Leichter Sprache and Deutscher Gebärdensprache."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from feedback.models import BarrierReport

pytestmark = pytest.mark.django_db
URL = reverse("legal:accessibility")


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def operator(settings):
    settings.KOMMUNECT_OPERATOR = {**settings.KOMMUNECT_OPERATOR, "email": "betrieb@example.org"}
    return "betrieb@example.org"


def test_statement_has_the_parts_the_model_statement_requires(client):
    content = client.get(URL).content.decode()
    for part in [
        "Geltungsbereich",
        "teilweise mit der BITV 2.0 vereinbar",
        "Nicht barrierefreie Inhalte",
        "erstellt und zuletzt am 6. Dezember 2026 überprüft",
        "Was mit Ihrer Meldung geschieht",
        "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz",
        reverse("legal:easy_language"),
        reverse("legal:sign_language"),
    ]:
        assert part in content, part


def test_report_is_stored_and_mailed_to_the_operator_after_commit(
    client, operator, django_capture_on_commit_callbacks
):
    data = {
        "message": "Die Karte lässt sich nicht mit der Tastatur bedienen.",
        "page_url": "/kommunen/ulm/",
        "name": "Erika Muster",
        "email": "erika@example.org",
    }
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(URL, data, follow=True)
    assert len(callbacks) == 1
    assert "Ihre Meldung ist eingegangen" in response.content.decode()
    report = BarrierReport.objects.get()
    assert report.message == data["message"]
    assert report.email == "erika@example.org"
    (message,) = mail.outbox
    assert message.to == [operator]
    assert message.reply_to == ["erika@example.org"]
    assert data["message"] in message.body
    assert "/kommunen/ulm/" in message.body


def test_report_without_description_shows_a_german_error_and_stores_nothing(client, operator):
    response = client.post(URL, {"message": "  ", "email": "kein-mail"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Bitte beschreiben Sie die Barriere." in content
    assert "Bitte geben Sie eine gültige E-Mail-Adresse an." in content
    assert not BarrierReport.objects.exists()
    assert not mail.outbox


def test_reports_are_rate_limited_per_address(client, operator, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "barrier_report": "2/h/ip"}
    for _ in range(2):
        assert client.post(URL, {"message": "Kontrast zu schwach"}).status_code == 302
    response = client.post(URL, {"message": "Kontrast zu schwach"})
    assert response.status_code == 200
    assert "zu viele Meldungen" in response.content.decode()
    assert BarrierReport.objects.count() == 2


def test_report_is_kept_when_the_mail_server_fails(
    client, operator, monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(message, fail_silently=False):
        raise ConnectionRefusedError

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {"message": "Fokus unsichtbar"})
    assert response.status_code == 302
    assert BarrierReport.objects.filter(message="Fokus unsichtbar").exists()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("legal:easy_language", "Kommunect ist eine Internet-Seite."),
        ("legal:sign_language", "Das Video wird derzeit erstellt"),
    ],
)
def test_easy_and_sign_language_pages(client, name, text):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert text in response.content.decode()
