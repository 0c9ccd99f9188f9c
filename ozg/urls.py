from django.urls import path

from ozg import views

app_name = "ozg"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("<slug:slug>/", views.topic_field, name="topic_field"),
]
