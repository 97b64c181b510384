"""Builds the demo portal around the seed article. Safe to run again: what exists is kept."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site as DjangoSite
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Site

from core.demo import child
from core.models import UnitSettings
from core.site_address import AddressError, base_address, set_site_address
from core.text import ascii_slug
from documents.demo.loader import load_documents_demo
from home.demo import content
from home.demo.images import demo_image
from home.demo.seed import read_seed_article
from home.models import ContactPage, HomePage, StandardPage
from news.models import (
    ArticlePage,
    Author,
    NewsCategoryPage,
    NewsIndexPage,
    RecommendationStatus,
    SupervisionReportPage,
)
from procedures.demo.loader import load_procedures_demo
from units.demo.loader import load_units_demo

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".demo-admin-password"


def paragraphs_body(paragraphs):
    return [{"type": "paragraph", "value": "".join(f"<p>{escape(text)}</p>" for text in paragraphs)}]


class Command(BaseCommand):
    help = "Loads the demo portal: page tree, seed article, sample articles and an admin account."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create the demo admin account.")

    @transaction.atomic
    def handle(self, *args, **options):
        home = self.home_page()
        self.unit_settings(home)
        news_index, _ = child(home, NewsIndexPage, "Tin tức – Sự kiện", slug="tin-tuc", show_in_menus=True)
        categories = {title: child(news_index, NewsCategoryPage, title)[0] for title in content.CATEGORIES}
        self.seed_article(categories)
        self.sample_articles(categories)
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
        load_units_demo(home, self.stdout)
        if not options["no_admin"]:
            self.admin_account()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def home_page(self):
        home = HomePage.objects.first()
        root = Page.get_first_root_node()
        if home is None:
            home = HomePage(title="Trang chủ", slug="trang-chu")
            root.add_child(instance=home)
            home.save_revision().publish()
        try:
            self.demo_site(home, base_address())
        except AddressError as error:
            raise CommandError(f"BASE_URL: {error}") from error
        DjangoSite.objects.filter(pk=settings.SITE_ID).update(name=content.UNIT["name"])
        return home

    def demo_site(self, home, address):
        """The default site, rooted at the demo's home page and served where BASE_URL says
        (http://127.0.0.1:8000 under `make run`)."""
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.root_page_id != home.pk:
            welcome = site.root_page if site.pk else None
            site.root_page = home
            if site.pk is None:
                site.hostname, site.port = address
            site.site_name = content.UNIT["name"]
            site.save()
            # Wagtail's placeholder "Welcome" page is replaced by ours.
            if welcome and welcome.specific_class is Page and welcome.depth == 2:
                welcome.delete()
        set_site_address(site, *address)

    def unit_settings(self, home):
        site = Site.objects.get(root_page=home)
        unit = UnitSettings.for_site(site)
        if not unit.name:
            for field, value in content.UNIT.items():
                setattr(unit, field, value)
            unit.save()

    def author(self, name):
        author, _ = Author.objects.get_or_create(slug=ascii_slug(name), defaults={"name": name})
        return author

    def seed_article(self, categories):
        seed = read_seed_article()
        category = categories[seed.category]
        slug = ascii_slug(seed.title)
        if ArticlePage.objects.child_of(category).filter(slug=slug).exists():
            return
        report = SupervisionReportPage(
            title=seed.title,
            slug=slug,
            search_description=seed.paragraphs[0],
            body=paragraphs_body(seed.paragraphs),
            byline=seed.byline,
            author=self.author(seed.byline),
            date=seed.date,
            supervising_body="HĐND huyện",
            delegation_head="Hoàng Văn Dũng – Chủ tịch HĐND huyện",
            supervised_unit="UBND xã Tam Hồng",
            visit_date=seed.date,
            subject="Thực hiện nhiệm vụ cải cách hành chính theo cơ chế một cửa, một cửa liên thông",
            findings=(
                "<p>Từ tháng 1/2018 đến 6 tháng đầu năm 2020, xã đã tiếp nhận và giải quyết 16.517 hồ sơ, "
                "đạt 100% (năm 2018: 7.185; năm 2019: 6.203; 6 tháng đầu năm 2020: 3.129).</p>"
            ),
            unit_response=f"<p>{escape(seed.paragraphs[-1])}</p>",
            featured=True,
        )
        category.add_child(instance=report)
        report.tags.add(*content.SEED_TAGS)
        for text in content.SEED_RECOMMENDATIONS:
            report.recommendations.create(
                text=text, status=RecommendationStatus.ACCEPTED, updated_on=seed.date
            )
        report.save_revision().publish()

    def sample_articles(self, categories):
        for number, sample in enumerate(content.SAMPLE_ARTICLES):
            category = categories[sample["category"]]
            slug = ascii_slug(sample["title"])
            if ArticlePage.objects.child_of(category).filter(slug=slug).exists():
                continue
            article = ArticlePage(
                title=sample["title"],
                slug=slug,
                summary=sample["summary"],
                body=paragraphs_body([content.SAMPLE_NOTE, *sample["paragraphs"]]),
                lead_image=demo_image(f"Ảnh minh họa {number + 1}", number),
                lead_image_caption="Ảnh minh họa (tạo tự động cho dữ liệu mẫu)",
                byline="Ban Biên tập (bài mẫu)",
                author=self.author("Ban Biên tập"),
                date=sample["date"],
                featured=sample.get("featured", False),
            )
            category.add_child(instance=article)
            article.tags.add(*sample["tags"], "bài mẫu")
            article.save_revision().publish()

    def admin_account(self):
        User = get_user_model()
        user = User.objects.filter(username="admin").first()
        if user is None or not CREDENTIALS_FILE.exists():
            password = secrets.token_urlsafe(12)
            user = user or User(
                username="admin", email="admin@huyen-mau.example", is_staff=True, is_superuser=True
            )
            user.set_password(password)
            user.save()
            CREDENTIALS_FILE.write_text(password, encoding="utf-8")
        password = CREDENTIALS_FILE.read_text(encoding="utf-8").strip()
        self.stdout.write(
            f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  user: admin  password: {password}"
        )
