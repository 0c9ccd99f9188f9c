"""The admin's sign-in is the site's: password, then the second factor, then the admin."""

import re

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from playwright.sync_api import expect

from tests.accounts.test_two_factor import PASSWORD, current_code, totp_clock
from tests.browser.steps import fill_login_form
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)
__all__ = ["totp_clock"]  # the stopped TOTP clock, autouse (the live server shares the module)


def test_a_superuser_reaches_the_admin_only_with_the_second_factor(page, axe_check):
    root = UserFactory(username="root", is_staff=True, is_superuser=True)
    secret = generate_totp_secret()
    TOTP.activate(root, secret)

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    axe_check(page)
    fill_login_form(page, root.email, PASSWORD)

    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    axe_check(page)
    page.locator("#id_code").fill(current_code(secret))
    page.locator("#id_code").press("Enter")

    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Inhalte und Konten verwalten")
