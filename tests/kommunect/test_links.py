"""Shared link helpers: back to a local ``next`` only; absolute links for e-mails."""

import pytest
from django.test import RequestFactory

from kommunect.links import absolute_url, redirect_back


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("/projekte/meine/?page=2", "/projekte/meine/?page=2"),
        ("https://evil.example/", "/projekte/meine/"),
        ("//evil.example/", "/projekte/meine/"),
        ("", "/projekte/meine/"),
    ],
)
def test_redirect_back_follows_only_local_next(next_url, expected):
    request = RequestFactory().post("/", {"next": next_url})

    assert redirect_back(request, "projects:mine")["Location"] == expected


def test_redirect_back_default_takes_arguments():
    request = RequestFactory().post("/")

    response = redirect_back(request, "municipalities:members", "musterstadt")

    assert response["Location"] == "/kommunen/musterstadt/mitglieder/"


def test_absolute_url_uses_the_request_or_site_url(settings):
    settings.SITE_URL = "https://kommunect.example"

    assert absolute_url("/a/") == "https://kommunect.example/a/"
    assert absolute_url("/a/", RequestFactory().get("/")) == "http://testserver/a/"
