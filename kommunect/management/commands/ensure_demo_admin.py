from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from municipalities.access import CURATORS_GROUP

USERNAME = "admin"
EMAIL = "admin@example.org"
PASSWORD = "kommunect-admin"


class Command(BaseCommand):
    help = (
        "Create the demo superuser for local development (never in production): a curator "
        "with a verified e-mail address, so it can sign in on the site and in the admin."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default="127.0.0.1:8000",
            help="host:port the development server listens on, for the printed links",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("Der Demo-Admin wird in Produktion nicht angelegt.")
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME,
            defaults={"email": EMAIL, "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        # allauth verifies e-mail addresses mandatorily: without a verified one the site's
        # sign-in would send a confirmation mail instead of signing the admin in.
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        user.groups.add(Group.objects.get_or_create(name=CURATORS_GROUP)[0])
        base = f"http://{options['address']}"
        self.stdout.write(
            f"Demo-Admin (Kurator): {base}/accounts/login/  "
            f"E-Mail {user.email}  Passwort {PASSWORD}  "
            f"(Verwaltung: {base}/admin/  Benutzer {USERNAME})"
            + ("" if created else " (bestand bereits)")
        )
