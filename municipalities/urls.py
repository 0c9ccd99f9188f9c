from django.urls import path

from municipalities import directory_views, membership_views

app_name = "municipalities"

urlpatterns = [
    path("", directory_views.index, name="index"),
    # Memberships and municipality profile (municipalities/membership_views.py).
    path("beitreten/", membership_views.join, name="join"),
    path("vorschlaege/", membership_views.autocomplete, name="autocomplete"),
    path("anfragen/", membership_views.queue, name="membership-queue"),
    path(
        "anfragen/<int:pk>/zurueckziehen/",
        membership_views.withdraw,
        name="membership-withdraw",
    ),
    path("<slug:slug>/mitglieder/", membership_views.members, name="members"),
    path(
        "<slug:slug>/mitglieder/<int:pk>/bestaetigen/",
        membership_views.approve,
        name="membership-approve",
    ),
    path(
        "<slug:slug>/mitglieder/<int:pk>/ablehnen/",
        membership_views.decline,
        name="membership-decline",
    ),
    path(
        "<slug:slug>/mitglieder/<int:pk>/rolle/",
        membership_views.change_role,
        name="membership-role",
    ),
    path(
        "<slug:slug>/mitglieder/<int:pk>/entfernen/",
        membership_views.remove,
        name="membership-remove",
    ),
    path("<slug:slug>/profil/", membership_views.edit_profile, name="profile-edit"),
    # The public page /kommunen/<slug or AGS>/ is projects/region_urls.py; kommunect/urls.py
    # includes it after this module so that these fixed paths win.
]
