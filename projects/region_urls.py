"""/kommunen/<slug or AGS>/: the public page of a municipality with its projects
(projects/views/region.py).

kommunect/urls.py includes this after municipalities.urls at the same prefix: "<str:key>/"
would shadow the fixed paths there (beitreten/, anfragen/, …).
"""

from django.urls import path

from projects.views import contact, peers, region

app_name = "regions"

urlpatterns = [
    path("beteiligt/", region.participating, name="participating"),
    # Not "meine/": that is the slug of the Gemeinde Meine (Landkreis Gifhorn, 03151016).
    path("meine-kommune/", peers.my_municipality, name="mine"),
    path("<str:key>/", region.detail, name="detail"),
    path("<str:key>/kontakt/", contact.municipality_contact, name="contact"),
]
