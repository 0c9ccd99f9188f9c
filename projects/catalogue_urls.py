"""/ozg/: the OZG catalogue browsed for its projects (projects/views/catalogue.py).

The namespace stays "ozg" so that ``{% url 'ozg:…' %}`` and the catalogue models'
``get_absolute_url`` name the pages without the ozg app importing projects (STYLE.md rule 1).
"""

from django.urls import path

from projects.views import catalogue

app_name = "ozg"

urlpatterns = [
    path("", catalogue.catalogue, name="catalogue"),
    path("leistung/<str:ozg_id>/", catalogue.service_detail, name="service-detail"),
    path("prozess/<str:key>/", catalogue.process_detail, name="process-detail"),
    path("<slug:slug>/", catalogue.topic_field, name="topic_field"),
]
