from django.core.management.base import BaseCommand

from learning_platform.demo.content import DEMO_PASSWORD, demo_load


class Command(BaseCommand):
    help = "Loads the demo pages and accounts. Safe to run again: nothing is doubled."

    def handle(self, *args, **options):
        accounts = demo_load()
        self.stdout.write(self.style.SUCCESS("Demo content is ready. Demo logins:"))
        for account in accounts:
            self.stdout.write(f"  {account.role:<13} {account.email:<26} {DEMO_PASSWORD}")
        self.stdout.write(
            "Staff (administrator, trainer, coordinator) set up a second factor, an "
            "authenticator app, at their first login before the admin opens."
        )
