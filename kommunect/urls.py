from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from feedback.views import accessibility_statement
from kommunect import views

# The admin names the platform, not the framework ("Django-Systemverwaltung").
admin.site.site_header = _("Kommunect-Verwaltung")
admin.site.site_title = _("Kommunect-Verwaltung")
admin.site.index_title = _("Inhalte und Konten verwalten")
# The admin has no login of its own: /admin/login/ sends people to the site's sign-in, with
# its second factor and rate limits, and back to the admin afterwards ("next").
admin.site.login = secure_admin_login(admin.site.login)

legal_patterns = (
    [
        path(
            "impressum/", TemplateView.as_view(template_name="legal/imprint.html"), name="imprint"
        ),
        path(
            "datenschutz/", TemplateView.as_view(template_name="legal/privacy.html"), name="privacy"
        ),
        path("barrierefreiheit/", accessibility_statement, name="accessibility"),
        path(
            "barrierefreiheit/leichte-sprache/",
            TemplateView.as_view(template_name="legal/easy_language.html"),
            name="easy_language",
        ),
        path(
            "barrierefreiheit/gebaerdensprache/",
            TemplateView.as_view(template_name="legal/sign_language.html"),
            name="sign_language",
        ),
        path("datenquellen/", views.data_sources, name="data_sources"),
    ],
    "legal",
)

handler500 = "kommunect.views.server_error"

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
