"""Builds the demo portal around the seed article. Safe to run again: what exists is kept."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from core.demo import child
from core.site_address import AddressError, base_address
from home.models import ContactPage, StandardPage
from news.models import NewsCategoryPage, NewsIndexPage

from ... import content
from ...accounts import ensure_demo_admin
from ...alerts.loader import load_alerts_demo
from ...disclosures.loader import load_disclosures_demo
from ...documents.loader import load_documents_demo
from ...gallery.loader import load_gallery_demo
from ...links import load_links_demo
from ...news import load_sample_articles, load_seed_article, paragraphs_body
from ...organisation.loader import load_organisation_demo
from ...participation.loader import load_participation_demo
from ...procedures.loader import load_procedures_demo
from ...schedule.loader import load_schedule_demo
from ...site import demo_home
from ...units.loader import load_units_demo


class Command(BaseCommand):
    help = _("Loads the demo portal: page tree, seed article, sample articles and an admin account.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help=_("Do not create the demo admin account.")
        )

    def handle(self, *args, **options):
        try:
            address = base_address()
        except AddressError as error:
            raise CommandError(f"BASE_URL: {error}") from error
        with transaction.atomic():
            self.load(demo_home(address))
            if not options["no_admin"]:
                ensure_demo_admin(self.stdout)
        self.stdout.write(self.style.SUCCESS(_("The demo content is ready.")))

    def load(self, home):
        news_index, _created = child(
            home, NewsIndexPage, "Tin tức – Sự kiện", slug="tin-tuc", show_in_menus=True
        )
        categories = {title: child(news_index, NewsCategoryPage, title)[0] for title in content.CATEGORIES}
        load_seed_article(categories)
        load_sample_articles(categories)
        about = content.ABOUT_PAGE
        child(
            home,
            StandardPage,
            about["title"],
            summary=about["summary"],
            body=paragraphs_body(about["paragraphs"]),
            show_in_menus=True,
        )
        child(home, ContactPage, "Liên hệ", show_in_menus=True)
        load_procedures_demo(home, self.stdout)
        load_documents_demo(home, self.stdout)
        load_disclosures_demo(home, self.stdout)
        load_organisation_demo(home, self.stdout)
        load_schedule_demo(home, self.stdout)
        load_participation_demo(home, self.stdout)
        load_gallery_demo(home, self.stdout)
        load_links_demo(home, self.stdout)
        load_alerts_demo(home, self.stdout)
        load_units_demo(home, self.stdout)
