from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "kommunect-admin"


class Command(BaseCommand):
    help = "Create the demo superuser for local development (never in production)."

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("Der Demo-Admin wird in Produktion nicht angelegt.")
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME,
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            f"Demo-Admin: http://127.0.0.1:8000/admin/  Benutzer {USERNAME}  Passwort {PASSWORD}"
            + ("" if created else " (bestand bereits)")
        )
