from django.core.management.base import BaseCommand

from participation.retention import erase_old_personal_data


class Command(BaseCommand):
    help = "Erase residents' personal data kept longer than the privacy notice says (run daily)."

    def handle(self, *args, **options):
        erased = erase_old_personal_data()
        self.stdout.write(f"{erased} submission(s) lost their personal data.")
