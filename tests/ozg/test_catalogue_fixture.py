"""The session fixture `catalogue` (tests/conftest.py) is there for every test that asks for it,
also after a transactional test flushed the database."""

import pytest

from ozg.models import Process, Service


# Tests on transactional_db run after the others (pytest-django's order) and flush every table
# after themselves; the second one sees the catalogue only because it is imported again.
@pytest.mark.django_db(transaction=True)
def test_transactional_tests_see_the_catalogue(catalogue):
    assert Service.objects.count() == 557


@pytest.mark.django_db(transaction=True)
def test_catalogue_is_back_after_a_transactional_test_flushed_it(catalogue):
    assert Service.objects.count() == 557
    assert Process.objects.count() == 5236


@pytest.mark.django_db
def test_catalogue_changes_are_rolled_back_with_the_test(catalogue):
    Service.objects.filter(ozg_id="10000").update(name="Geändert")
    assert Service.objects.get(ozg_id="10000").name == "Geändert"


@pytest.mark.django_db
def test_catalogue_changes_of_an_earlier_test_are_gone(catalogue):
    assert Service.objects.get(ozg_id="10000").name == "Elterngeld"
