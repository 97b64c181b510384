from django.core.management.base import BaseCommand
from tqdm import tqdm

from search import indexing


class Command(BaseCommand):
    help = (
        "Rebuilds the portal's search index (articles, procedures, pages) from the content. "
        "The old index stays in use until the new one is complete."
    )

    def handle(self, *args, **options):
        bars = {}

        def progress(done, total, name):
            if name not in bars:
                bars[name] = tqdm(total=total, desc=name, unit="mục", disable=options["verbosity"] == 0)
            bars[name].update(done)

        count = indexing.rebuild(progress)
        for bar in bars.values():
            bar.close()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} entries."))
