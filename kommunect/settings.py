"""Kommunect settings: one module, configured by environment variables.

DJANGO_ENV selects safe defaults: "production" (default), "development" or "test".
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from kommunect.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

ENVIRONMENT = env_str("DJANGO_ENV", "production")
if ENVIRONMENT not in {"production", "development", "test"}:
    raise ImproperlyConfigured("DJANGO_ENV must be production, development or test.")
IS_PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DEBUG", ENVIRONMENT == "development")

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if IS_PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in production.")
    SECRET_KEY = "insecure-development-key-only-for-local-use-" + "x" * 20

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", [] if IS_PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django_filters",
    "django_htmx",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "kommunect.apps.KommunectConfig",
    "ozg",
    "municipalities",
    "projects",
    "feedback",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kommunect.locale.GermanFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "kommunect.middleware.ResponseHeadersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "kommunect.sessions.IdleTimeoutMiddleware",
]

ROOT_URLCONF = "kommunect.urls"
WSGI_APPLICATION = "kommunect.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "kommunect.context_processors.operator",
                "kommunect.context_processors.demo_content",
                "kommunect.context_processors.curator",
            ],
        },
    }
]

# Database: DATABASE_URL, else the local server the run command prepared.
DATABASES = {
    "default": dj_database_url.config(
        default="postgres://postgres@127.0.0.1:5432/kommunect",
        conn_health_checks=True,
    )
}
# Planner settings for every session, whatever the server's defaults: the data sits in memory or
# on SSD, where a random read costs about as much as a sequential one (with the default of 4 the
# planner reads every project row for a text query instead of asking the GIN index), and JIT
# compiling costs more than it saves on the short queries of a web page.
#
# Timeouts: a database that is down or stalled must answer a page with our 503 within seconds,
# not hang a worker until gunicorn kills it. DATABASE_CONNECT_TIMEOUT (seconds) bounds opening a
# connection; DATABASE_STATEMENT_TIMEOUT (milliseconds) makes the server cancel a stuck query
# (manage.py sets it to 0, none, for commands: migrations and imports may run long).
# A server process that is frozen cannot cancel anything and a socket to it never answers, so a
# connection is opened per request by default (DATABASE_CONN_MAX_AGE=0): then every request is
# bounded by the connect timeout. Where a frozen server is no concern, a persistent connection
# (e.g. 60) saves the connect time (about 2 ms locally).
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 0)
DATABASE_CONNECT_TIMEOUT = env_int("DATABASE_CONNECT_TIMEOUT", 3)
DATABASE_STATEMENT_TIMEOUT = env_int("DATABASE_STATEMENT_TIMEOUT", 10000)
DATABASES["default"].setdefault("OPTIONS", {}).update(
    {
        "connect_timeout": DATABASE_CONNECT_TIMEOUT,
        "options": env_str("DATABASE_SESSION_OPTIONS", "-c random_page_cost=1.1 -c jit=off")
        + f" -c statement_timeout={DATABASE_STATEMENT_TIMEOUT}",
    }
)
# Seconds a 503 page (database unavailable) asks clients to wait before trying again.
KOMMUNECT_DATABASE_RETRY_AFTER = env_int("DATABASE_RETRY_AFTER", 30)
if env_str("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": env_str("TEST_DATABASE_NAME")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kommunect_cache",
    }
}
if ENVIRONMENT == "test":
    # pytest-django only migrates the test database (no cache table); allauth's rate limits
    # need a cache, and a per-process memory cache keeps tests fast and independent.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Site-wide counts (topic tiles, home figures, Land pages) are kept for a minute in the shared
# database cache (application processes keep no state of their own): counting over all projects
# on every hit of the home page costs more than a minute's staleness is worth. Tests see every
# change at once.
CACHES["counts"] = {
    "BACKEND": (
        "django.core.cache.backends.dummy.DummyCache"
        if ENVIRONMENT == "test"
        else "django.core.cache.backends.db.DatabaseCache"
    ),
    # A table of its own (createcachetable makes it): culling one cache never drops the other's.
    "LOCATION": "kommunect_counts_cache",
    "TIMEOUT": env_int("COUNTS_CACHE_SECONDS", 60),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if ENVIRONMENT == "test":
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
# locale_allauth: formal German ("Sie") for the allauth pages, see its django.po.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_allauth"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("kern", BASE_DIR / "node_modules" / "@kern-ux" / "native" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if IS_PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
MEDIA_URL = "/media/"
# Public address of the site, for links in e-mails sent without a request at hand.
SITE_URL = env_str("SITE_URL", "http://localhost:8000").rstrip("/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))

# Security: safe by default, relaxed only outside production.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", IS_PRODUCTION)
SESSION_COOKIE_SECURE = IS_PRODUCTION
CSRF_COOKIE_SECURE = IS_PRODUCTION
# With TLS the cookies carry the __Host- prefix: browsers then accept them only over https, for
# the whole site and from this host alone (no Domain attribute a subdomain could set).
if SESSION_COOKIE_SECURE:
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
# Idle timeout: a session ends after this many minutes without a request; activity extends it
# (kommunect/sessions.py).
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_TIMEOUT_MINUTES", 60) * 60
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if IS_PRODUCTION else 0)
# Subdomains and the browsers' preload list bind every host of the domain to https for a long
# time: only on request (the deploy check's reminders about them are silenced).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", IS_PRODUCTION)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_TLS_PROXY else None
# The client's address for every rate limit (allauth's and ours, all through allauth): behind
# the proxy REMOTE_ADDR is the proxy's, and everyone would share one bucket. Either the number
# of trusted proxies in front of the app, which append to X-Forwarded-For (the client is the
# entry that many from the right), or a header a trusted proxy sets, e.g. X-Real-IP.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if BEHIND_TLS_PROXY else 0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env_str("CLIENT_IP_HEADER") or None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (Django's CSP middleware): our own scripts, styles, fonts and images
# (and the design system's data: icons) only; no inline script or style, no plugins, no
# <base>, no framing, forms post only to us.
# A change here is a security decision: see the README ("Content-Security-Policy").
SECURE_CSP = {
    "default-src": [CSP.SELF],
    # KERN's icons (the select arrow, checkmarks) are SVG data: URIs in its CSS; an image
    # cannot run script, and data: names no host.
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
# Browser features no page of ours uses; the Permissions-Policy header switches them off.
KOMMUNECT_PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "payment",
    "usb",
]
SESSION_COOKIE_HTTPONLY = True
# A failed CSRF check answers with our 403 page, in German (kommunect/views.py).
CSRF_FAILURE_VIEW = "kommunect.views.csrf_failure"

# E-mail (Django 6.1 MAILERS). Every message goes into the outbox ("default", kommunect.outbox)
# and is sent after commit by the "delivery" mailer; failures stay queued for
# `manage.py send_queued_mail`. EMAIL_BACKEND_PATH picks another delivery backend, e.g. the console.
_smtp = "django.core.mail.backends.smtp.EmailBackend"
_mail_backend = env_str(
    "EMAIL_BACKEND_PATH",
    _smtp if IS_PRODUCTION else "kommunect.mail.ConsoleEmailBackend",
)
MAILERS = {
    "default": {"BACKEND": "kommunect.outbox.OutboxBackend"},
    "delivery": {
        "BACKEND": _mail_backend,
        "OPTIONS": (
            {
                "host": env_str("EMAIL_HOST", "localhost"),
                "port": env_int("EMAIL_PORT", 25),
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", False),
                # Sent right after the request's commit: a stalled mail server delays the
                # answer by at most this many seconds (then the message waits in the outbox).
                "timeout": env_int("EMAIL_TIMEOUT", 5),
            }
            if _mail_backend == _smtp
            else {}
        ),
    },
}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Kommunect <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Accounts (django-allauth): sign in by e-mail, verified addresses only, throttled logins,
# no hint whether an address is registered, optional TOTP two-factor authentication.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
# "Meine Projekte"; the join page for people without a municipality (KommunectAccountAdapter).
LOGIN_REDIRECT_URL = "projects:mine"
LOGOUT_REDIRECT_URL = "home"
ACCOUNT_ADAPTER = "municipalities.account_adapter.KommunectAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_USER_DISPLAY = "municipalities.account_adapter.user_display"
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "municipalities.forms.SignupNameForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Confirming the address signs the new person in, if they open the link in the browser they
# signed up with (allauth keeps the pending login in that session only); elsewhere they land on
# the login page. Either way the next page is the join step (KommunectAccountAdapter).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kommunect] "
# Tell people by e-mail when their password, address or two-factor setup changes.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if IS_PRODUCTION else "http"
ACCOUNT_RATE_LIMITS = {
    # Brute force: at most 5 failed logins per address in 5 minutes, 10 per IP per minute.
    "login_failed": "10/m/ip,5/300s/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    # Membership requests mail the municipality's admins or all curators (may_request_membership).
    "membership_request": env_str("MEMBERSHIP_REQUEST_RATE_LIMIT", "5/h/user,10/d/user"),
    # Barrier reports from the accessibility statement (feedback.views), per IP.
    "barrier_report": env_str("BARRIER_REPORT_RATE_LIMIT", "5/h/ip"),
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Kommunect"
# TOTP keys and recovery-code seeds are stored encrypted (municipalities/mfa_adapter.py).
# MFA_ENCRYPTION_KEY: a long random passphrase, several separated by commas to rotate (the first
# encrypts). Outside production a key derived from SECRET_KEY will do; in production the deploy
# check fails without one, and two-factor sign-ins refuse to work.
MFA_ADAPTER = "municipalities.mfa_adapter.KommunectMFAAdapter"
MFA_ENCRYPTION_KEY = env_str("MFA_ENCRYPTION_KEY") or (
    "" if IS_PRODUCTION else "derived-from-secret-key:" + SECRET_KEY
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"refusals_brief": {"()": "kommunect.logs.RefusalsWithoutTraceback"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["refusals_brief"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# Kommunect
# The official data the importers read: the editions shipped in data/ unless set (data/*/README.md).
KOMMUNECT_DATA_DIR = Path(env_str("KOMMUNECT_DATA_DIR", str(BASE_DIR / "data")))
KOMMUNECT_MAX_UPLOAD_MB = env_int("KOMMUNECT_MAX_UPLOAD_MB", 10)
# Contact forms (projects/contact.py): at most so many messages per sender and per recipient
# address in the windows given ("5/h,20/d": 5 an hour, 20 a day), counted from the log.
KOMMUNECT_CONTACT_LIMITS = {
    "sender": env_str("CONTACT_LIMIT_PER_SENDER", "5/h,20/d"),
    "recipient": env_str("CONTACT_LIMIT_PER_RECIPIENT", "10/d"),
}
KOMMUNECT_OPERATOR = {
    "name": env_str("OPERATOR_NAME"),
    "address": env_str("OPERATOR_ADDRESS"),
    "email": env_str("OPERATOR_EMAIL"),
    "phone": env_str("OPERATOR_PHONE"),
    "representative": env_str("OPERATOR_REPRESENTATIVE"),
}
