"""The catalogue admin: every page loads for a superuser, search finds official keys, official
keys are read-only once set, autocomplete answers, import records are read-only."""

import pytest
from django.urls import reverse

from ozg.models import CatalogueImport, LifeSituation, Process, Service, TopicField

pytestmark = pytest.mark.django_db

EDITABLE = [
    (TopicField, {"number": 1}),
    (LifeSituation, {"name": "Geburt"}),
    (Service, {"ozg_id": "10000"}),
    (Process, {"leika_key": "99041006013000"}),
]


def admin_url(model, view, *args):
    return reverse(f"admin:ozg_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize(("model", "lookup"), EDITABLE)
def test_changelist_change_and_add_pages_load(admin_client, catalogue, model, lookup):
    obj = model.objects.get(**lookup)
    assert admin_client.get(admin_url(model, "changelist")).status_code == 200
    assert admin_client.get(admin_url(model, "change", obj.pk)).status_code == 200
    assert admin_client.get(admin_url(model, "add")).status_code == 200


@pytest.mark.parametrize(
    ("model", "key_field", "value"),
    [
        (TopicField, "number", "6"),
        (LifeSituation, "number", "26"),
        (Service, "ozg_id", "10000"),
        (Process, "leika_key", "99041006013000"),
    ],
)
def test_official_key_is_read_only_on_change_but_editable_on_add(
    admin_client, catalogue, model, key_field, value
):
    obj = model.objects.get(**{key_field: value})
    change_page = admin_client.get(admin_url(model, "change", obj.pk)).content.decode()
    assert f'name="{key_field}"' not in change_page
    assert value in change_page
    add_page = admin_client.get(admin_url(model, "add")).content.decode()
    assert f'name="{key_field}"' in add_page


def test_changing_a_service_keeps_its_ozg_id(admin_client, catalogue):
    service = Service.objects.get(ozg_id="10000")
    response = admin_client.post(
        admin_url(Service, "change", service.pk),
        {
            "ozg_id": "99999",
            "name": "Elterngeld",
            "slug": service.slug,
            "description": "Geld für Eltern in den ersten Lebensmonaten.",
            "topic_field": service.topic_field_id,
            "life_situation": service.life_situation_id,
        },
    )
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.ozg_id == "10000"
    assert service.description == "Geld für Eltern in den ersten Lebensmonaten."


@pytest.mark.parametrize(
    ("model", "term", "expected"),
    [
        (Service, "10000", "Elterngeld"),
        (Service, "Elterngeld", "10000"),
        (Process, "99041006013000", "Elterngeld Informationserteilung"),
        (Process, "Mindestlohn", "99006026000000"),
        (LifeSituation, "Geburt", "Familie &amp; Kind"),
        (TopicField, "Umwelt", "Umwelt"),
    ],
)
def test_search_finds_names_and_official_keys(admin_client, catalogue, model, term, expected):
    response = admin_client.get(admin_url(model, "changelist"), {"q": term})
    assert response.status_code == 200
    assert response.context["cl"].result_count >= 1
    assert expected in response.content.decode()


def test_process_changelist_costs_a_fixed_number_of_queries(
    admin_client, catalogue, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        response = admin_client.get(admin_url(Process, "changelist"), {"level": "action"})
    assert response.context["cl"].result_count == 2019


def test_autocomplete_answers_for_services_of_a_process(admin_client, catalogue):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "ozg", "model_name": "process", "field_name": "services", "term": "10000"},
    )
    assert response.status_code == 200
    assert "Elterngeld (10000)" in [result["text"] for result in response.json()["results"]]


def test_autocomplete_offers_only_leistungsobjekte_as_parent(admin_client, catalogue):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "ozg", "model_name": "process", "field_name": "parent", "term": "Elterngeld"},
    )
    assert response.status_code == 200
    ids = [int(result["id"]) for result in response.json()["results"]]
    assert ids
    levels = set(Process.objects.filter(pk__in=ids).values_list("level", flat=True))
    assert levels == {Process.Level.OBJECT}


def test_autocomplete_answers_for_the_life_situation_of_a_service(admin_client, catalogue):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "ozg",
            "model_name": "service",
            "field_name": "life_situation",
            "term": "Geb",
        },
    )
    assert response.status_code == 200
    assert "Geburt" in [result["text"] for result in response.json()["results"]]


def test_import_records_can_be_viewed_but_not_written(admin_client, catalogue):
    record = CatalogueImport.objects.latest()
    changelist = admin_client.get(admin_url(CatalogueImport, "changelist"))
    assert changelist.status_code == 200
    assert "OZG-Umsetzungskatalog mit LeiKa-Zuordnung" in changelist.content.decode()
    assert admin_client.get(admin_url(CatalogueImport, "change", record.pk)).status_code == 200
    assert admin_client.get(admin_url(CatalogueImport, "add")).status_code == 403
    assert admin_client.post(admin_url(CatalogueImport, "delete", record.pk)).status_code == 403
    response = admin_client.post(admin_url(CatalogueImport, "change", record.pk), {"source": "x"})
    assert response.status_code == 403
    record.refresh_from_db()
    assert record.source == "OZG-Umsetzungskatalog mit LeiKa-Zuordnung"


def test_catalogue_admin_is_closed_to_staff_without_permissions(client, catalogue, outsider):
    outsider.is_staff = True
    outsider.save()
    client.force_login(outsider)
    assert client.get(admin_url(Service, "changelist")).status_code == 403


def process_form(**values):
    return {"name": "Neuer Prozess", "level": "object", "leika_type": "", "legal_basis": ""} | (
        values
    )


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"leika_key": "123"}, "Ein LeiKa-Schlüssel hat 14 Ziffern"),
        ({"leika_key": "", "level": "object"}, "Ein LeiKa-Schlüssel hat 14 Ziffern"),
        ({"leika_key": "99041006000001", "level": "unkeyed"}, "Ein LeiKa-Schlüssel hat 14 Ziffern"),
        (
            {
                "leika_key": "",
                "level": "unkeyed",
                "name": "Beratungsbescheinigung bei Schwangerschaftsabbruch",
            },
            "Es gibt schon einen Prozess ohne LeiKa-Schlüssel mit diesem Namen.",
        ),
        ({"leika_key": "99041006000000"}, "existiert bereits"),
    ],
)
def test_adding_a_process_with_an_invalid_key_shows_the_error(
    admin_client, catalogue, values, message
):
    processes = Process.objects.count()
    response = admin_client.post(admin_url(Process, "add"), process_form(**values))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Process.objects.count() == processes


def test_adding_an_unkeyed_process_works(admin_client, catalogue):
    response = admin_client.post(
        admin_url(Process, "add"), process_form(leika_key="", level="unkeyed")
    )
    assert response.status_code == 302
    assert Process.objects.get(name="Neuer Prozess").leika_key is None
