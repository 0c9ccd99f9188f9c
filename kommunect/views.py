from django.shortcuts import render

from municipalities.models import RegisterImport
from ozg.models import CatalogueImport, TopicField
from projects.figures import platform_figures


def home(request):
    return render(
        request,
        "home.html",
        {
            "figures": platform_figures(),
            "topic_fields": TopicField.objects.order_by("order"),
        },
    )


def data_sources(request):
    return render(
        request,
        "legal/data_sources.html",
        {
            "imports": [
                CatalogueImport.objects.order_by("-imported_at").first(),
                # The latest import per publisher: the register (Destatis), its points (BKG).
                *RegisterImport.objects.order_by("-publisher", "-imported_at").distinct(
                    "publisher"
                ),
            ]
        },
    )
