import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the first administrator account, if there is none, with a random password that "
        "is printed once and kept in var/admin-password.txt (ignored by git)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--password-file",
            type=Path,
            default=settings.VAR_DIR / "admin-password.txt",
            help="Where the generated password is kept (readable by its owner only).",
        )

    def handle(self, *args, username, password_file, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"An administrator account exists; its first password, if generated here, is in "
                f"{password_file}."
            )
            return
        password = secrets.token_urlsafe(18)
        User.objects.create_superuser(username=username, email="", password=password)
        password_file.parent.mkdir(parents=True, exist_ok=True)
        password_file.touch(mode=0o600)
        password_file.write_text(f"{username}\n{password}\n")
        self.stdout.write(
            self.style.SUCCESS(
                f"Administrator account created. Sign in at /admin/ as {username!r} with the "
                f"password {password} (also kept in {password_file})."
            )
        )
