from django.urls import path

from ozg import views

app_name = "ozg"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("leistung/<str:ozg_id>/", views.service_detail, name="service-detail"),
    path("prozess/<str:key>/", views.process_detail, name="process-detail"),
    path("<slug:slug>/", views.topic_field, name="topic_field"),
]
