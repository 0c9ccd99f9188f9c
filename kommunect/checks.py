from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def operator_is_configured(app_configs, **kwargs):
    """The imprint (§ 5 DDG) needs the operator's name, address and e-mail."""
    operator = settings.KOMMUNECT_OPERATOR
    missing = [key for key in ("name", "address", "email") if not operator.get(key)]
    if not missing:
        return []
    return [
        checks.Warning(
            "The operator is incomplete: " + ", ".join(missing) + " missing.",
            hint="Set OPERATOR_NAME, OPERATOR_ADDRESS and OPERATOR_EMAIL for the imprint.",
            id="kommunect.W001",
        )
    ]


@checks.register(checks.Tags.security, deploy=True)
def site_url_is_configured(app_configs, **kwargs):
    """E-mails link to SITE_URL: it must be the public https address of the site."""
    from urllib.parse import urlsplit

    url = urlsplit(settings.SITE_URL)
    if url.scheme == "https" and url.hostname and url.hostname not in ("localhost", "127.0.0.1"):
        return []
    return [
        checks.Warning(
            f"SITE_URL is {settings.SITE_URL!r}: links in e-mails would not reach the site.",
            hint="Set SITE_URL to the public address, e.g. https://kommunect.example.org.",
            id="kommunect.W002",
        )
    ]
