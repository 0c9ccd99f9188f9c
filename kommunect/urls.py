from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from kommunect import views

# The admin names the platform, not the framework ("Django-Systemverwaltung").
admin.site.site_header = _("Kommunect-Verwaltung")
admin.site.site_title = _("Kommunect-Verwaltung")
admin.site.index_title = _("Inhalte und Konten verwalten")

legal_patterns = (
    [
        path(
            "impressum/", TemplateView.as_view(template_name="legal/imprint.html"), name="imprint"
        ),
        path(
            "datenschutz/", TemplateView.as_view(template_name="legal/privacy.html"), name="privacy"
        ),
        path(
            "barrierefreiheit/",
            TemplateView.as_view(template_name="legal/accessibility.html"),
            name="accessibility",
        ),
        path("datenquellen/", views.data_sources, name="data_sources"),
    ],
    "legal",
)

urlpatterns = [
    path("", views.home, name="home"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("", include(legal_patterns)),
    path("ozg/", include("projects.catalogue_urls")),
    # Same prefix: municipalities.urls first, so "<str:key>/" cannot shadow its fixed paths.
    path("kommunen/", include("municipalities.urls")),
    path("kommunen/", include("projects.region_urls")),
    path("projekte/", include("projects.urls")),
    path("accounts/", include("municipalities.account_urls")),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
# Uploads are never served from MEDIA_URL, not even with DEBUG: covers and attachments go
# through the permission-checked views of projects/views/attachments.py.
