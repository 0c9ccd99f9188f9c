"""Our own account pages next to allauth's under /accounts/."""

from django.urls import path

from municipalities import account_views

app_name = "accounts"

urlpatterns = [
    path("profil/", account_views.profile, name="profile"),
]
