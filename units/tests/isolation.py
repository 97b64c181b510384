"""A reusable harness: two sample communes built by the site builder, each with an
editor, an approver and one thing of every kind, and the lists of what must not leak
from one to the other. Another section adds its own kind of thing by appending to
ADMIN_OBJECT_URLS, ADMIN_LISTINGS or PUBLIC_URLS (and creating the thing in
`sample_content`)."""

from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.log_actions import log
from wagtail_factories import ImageFactory

from alerts.tests.factories import UrgentNoticeFactory
from comments.tests.factories import ArticleCommentFactory
from disclosures.models import DisclosureIndexPage
from disclosures.tests.factories import DisclosurePageFactory
from documents.models import LegalDocumentIndexPage
from documents.tests.factories import DocumentFileFactory, LegalDocumentPageFactory
from news.models import NewsCategoryPage, NewsIndexPage
from news.tests.factories import ArticlePageFactory, AuthorFactory
from organisation.tests.factories import DepartmentFactory, PersonFactory
from participation.models import PageUsefulness, ParticipationPage
from participation.tests.factories import (
    DraftCommentFactory,
    DraftConsultationPageFactory,
    published_submission,
)
from schedule.models import SchedulePage
from schedule.tests.factories import LeaderFactory, ScheduleEntryFactory
from units.builder import build_unit_site


@dataclass
class SampleUnit:
    """One commune, and a word that appears in each of its things and nowhere else."""

    name: str
    host: str
    secret: str
    built: object = None
    editor: object = None
    approver: object = None
    objects: dict = field(default_factory=dict)

    @property
    def home(self):
        return self.built.home

    @property
    def site(self):
        return self.built.site


def user_in(django_user_model, group, username):
    user = django_user_model.objects.create_user(username=username, password="mat-khau-thu-nghiem")
    user.groups.add(group)
    return user


def publish(page):
    page.save_revision().publish()
    return page


def sample_content(unit):
    """One published article with an approved comment, a legal document, a file and an
    image in the unit's collection, all named with the unit's secret word, and the
    sections' things; the unit's approver has edited some of them (the site history)."""
    news_index = NewsIndexPage.objects.child_of(unit.home).get()
    category = NewsCategoryPage.objects.child_of(news_index).first()
    author = AuthorFactory(site=unit.site, name=f"Phóng viên {unit.secret}", slug=f"phong-vien-{unit.secret}")
    article = publish(
        ArticlePageFactory(parent=category, title=f"Tin {unit.secret} về chợ phiên", author=author)
    )
    # Pinned for the search of PUBLIC_URLS: it shows on the unit's own search only.
    SearchPromotion.objects.create(query=Query.get("tin"), page=article, description=f"Ghim {unit.secret}")
    register = LegalDocumentIndexPage.objects.child_of(unit.home).get()
    legal_document = publish(LegalDocumentPageFactory(parent=register, title=f"Quyết định {unit.secret}"))
    unit.objects.update(
        author=author,
        article=article,
        comment=ArticleCommentFactory(article=article, approved=True, title=f"Góp ý {unit.secret}"),
        legal_document=legal_document,
        document=DocumentFileFactory(title=f"Tệp {unit.secret}", collection=unit.built.unit.collection),
        image=ImageFactory(title=f"Ảnh {unit.secret}", collection=unit.built.unit.collection),
        collection=unit.built.unit.collection,
    )
    sections_content(unit)
    for thing in (
        "author",
        "comment",
        "image",
        "document",
        "person",
        "schedule_entry",
        "draft_comment",
        "urgent_notice",
    ):
        log(unit.objects[thing], "wagtail.edit", user=unit.approver)


def sections_content(unit):
    """A person in a department, a schedule entry of this week, a published answer, a
    disclosure, a draft open for comments with a comment and readers' votes, and an
    urgent notice on the site."""
    leader = LeaderFactory(site=unit.site, full_name=f"Lãnh đạo {unit.secret}")
    schedule = SchedulePage.objects.child_of(unit.home).get()
    entry = ScheduleEntryFactory(
        schedule=schedule, date=timezone.localdate(), content=f"Họp {unit.secret}", leaders=[leader]
    )
    participation = ParticipationPage.objects.child_of(unit.home).get()
    answer = published_submission(participation, subject=f"Hỏi {unit.secret}")
    draft = publish(DraftConsultationPageFactory(parent=participation, title=f"Dự thảo {unit.secret}"))
    disclosures = DisclosureIndexPage.objects.child_of(unit.home).get()
    disclosure = publish(DisclosurePageFactory(parent=disclosures, title=f"Công khai {unit.secret}"))
    department = DepartmentFactory(site=unit.site, name=f"Phòng {unit.secret}")
    unit.objects.update(
        department=department,
        person=PersonFactory(site=unit.site, full_name=f"Cán bộ {unit.secret}", department=department),
        leader=leader,
        schedule_entry=entry,
        answer=answer,
        disclosure=disclosure,
        draft_comment=DraftCommentFactory(page=draft, comment=f"Ý kiến {unit.secret}"),
        page_usefulness=PageUsefulness.objects.create(page=draft, useful=3, not_useful=1),
        urgent_notice=UrgentNoticeFactory(site=unit.site, title=f"Cảnh báo lũ {unit.secret}"),
    )


def build_sample_unit(django_user_model, name, host, secret):
    unit = SampleUnit(name=name, host=host, secret=secret)
    unit.built = build_unit_site(name, "xã", f"{host}:80")
    unit.editor = user_in(django_user_model, unit.built.unit.editors, f"bien-tap-{secret}")
    unit.approver = user_in(django_user_model, unit.built.unit.approvers, f"duyet-{secret}")
    sample_content(unit)
    return unit


# (what, the admin address of one of B's things). An editor or approver of A gets no
# page showing it, whatever the answer's code (403, 404 or a redirect away).
ADMIN_OBJECT_URLS = [
    ("B's home in the page explorer", lambda b: f"/admin/pages/{b.home.pk}/"),
    ("B's article in the page editor", lambda b: f"/admin/pages/{b.objects['article'].pk}/edit/"),
    ("B's article's history", lambda b: f"/admin/pages/{b.objects['article'].pk}/history/"),
    (
        "B's legal document in the page editor",
        lambda b: f"/admin/pages/{b.objects['legal_document'].pk}/edit/",
    ),
    (
        "B's comment in the moderation form",
        lambda b: f"/admin/snippets/comments/articlecomment/edit/{b.objects['comment'].pk}/",
    ),
    (
        "B's comment's deletion",
        lambda b: f"/admin/snippets/comments/articlecomment/delete/{b.objects['comment'].pk}/",
    ),
    (
        "B's comment's history",
        lambda b: f"/admin/snippets/comments/articlecomment/history/{b.objects['comment'].pk}/",
    ),
    ("B's file", lambda b: f"/admin/documents/edit/{b.objects['document'].pk}/"),
    ("B's image", lambda b: f"/admin/images/{b.objects['image'].pk}/"),
    ("B's collection", lambda b: f"/admin/collections/{b.objects['collection'].pk}/"),
    ("the unit sites screen", lambda b: "/admin/don-vi/"),
]


def snippet_urls(what, prefix, key):
    """Every view of one of B's snippets: its edit form, deletion, history, usage and copy."""
    return [
        (f"B's {what}: {view}", lambda b, view=view: f"{prefix}{view}/{b.objects[key].pk}/")
        for view in ("edit", "delete", "history", "usage", "copy")
    ]


# Views of one of B's things that belong to a site without being pages (core.scope), and
# B's residents' messages: A's people may open A's own, so these answer 403 or 404 for
# B's by every address.
SCOPED_OBJECT_URLS = [
    *snippet_urls("person", "/admin/snippets/organisation/person/", "person"),
    *snippet_urls("department", "/admin/snippets/organisation/department/", "department"),
    *snippet_urls("schedule entry", "/admin/schedule/", "schedule_entry"),
    *snippet_urls("comment", "/admin/snippets/comments/articlecomment/", "comment"),
    *snippet_urls("comment on a draft", "/admin/snippets/participation/draftcomment/", "draft_comment"),
    *snippet_urls("urgent notice", "/admin/snippets/alerts/urgentnotice/", "urgent_notice"),
    *snippet_urls("author", "/admin/snippets/news/author/", "author"),
    (
        "B's author in the author chooser",
        lambda b: f"/admin/snippets/choose/news/author/chosen/{b.objects['author'].pk}/",
    ),
    (
        "B's person in the person chooser",
        lambda b: f"/admin/snippets/choose/organisation/person/chosen/{b.objects['person'].pk}/",
    ),
    (
        "B's department in the department chooser",
        lambda b: f"/admin/snippets/choose/organisation/department/chosen/{b.objects['department'].pk}/",
    ),
    ("B's message", lambda b: f"/admin/participation_submissions/edit/{b.objects['answer'].pk}/"),
    (
        "B's message's history",
        lambda b: f"/admin/participation_submissions/history/{b.objects['answer'].pk}/",
    ),
    ("B's message's usage", lambda b: f"/admin/participation_submissions/usage/{b.objects['answer'].pk}/"),
]

# Bulk actions naming B's things: the confirmation lists nothing of B, and nothing is done.
SCOPED_BULK_ACTIONS = [
    ("organisation/person/delete", "person"),
    ("organisation/department/delete", "department"),
    ("schedule/scheduleentry/delete", "schedule_entry"),
    ("comments/articlecomment/delete", "comment"),
    ("comments/articlecomment/reject", "comment"),
    ("participation/draftcomment/delete", "draft_comment"),
    ("alerts/urgentnotice/delete", "urgent_notice"),
    ("news/author/delete", "author"),
]

# Lists, filters, forms and choosers of A's admin that offer things to choose from: none
# of B's things, nor B's site, is offered.
SCOPED_CHOICES = [
    "/admin/snippets/organisation/person/",
    "/admin/snippets/organisation/person/add/",
    "/admin/snippets/organisation/department/add/",
    "/admin/schedule/",
    "/admin/schedule/add/",
    "/admin/snippets/choose/organisation/person/",
    "/admin/snippets/choose/organisation/department/",
    "/admin/snippets/comments/articlecomment/",
    "/admin/participation_submissions/",
    "/admin/snippets/participation/draftcomment/",
    "/admin/participation_page_usefulness/",
    "/admin/snippets/alerts/urgentnotice/",
    "/admin/snippets/alerts/urgentnotice/add/",
    "/admin/snippets/news/author/",
    "/admin/snippets/news/author/add/",
    "/admin/snippets/choose/news/author/",
]

# Admin listings A's people may open, which must not name any of B's things.
ADMIN_LISTINGS = [
    ("the comments' moderation list", "/admin/snippets/comments/articlecomment/"),
    ("the files", "/admin/documents/"),
    ("the images", "/admin/images/"),
    ("the collections", "/admin/collections/"),
    ("the page search", "/admin/pages/search/?q=tin"),
    ("the dashboard", "/admin/"),
    ("the people", "/admin/snippets/organisation/person/"),
    ("the departments", "/admin/snippets/organisation/department/"),
    ("the schedule entries", "/admin/schedule/"),
    ("the site history", "/admin/reports/site-history/"),
    ("the page types usage", "/admin/reports/page-types-usage/"),
    ("the comments on drafts", "/admin/snippets/participation/draftcomment/"),
    ("the page usefulness report", "/admin/participation_page_usefulness/"),
    ("the urgent notices", "/admin/snippets/alerts/urgentnotice/"),
    ("the authors", "/admin/snippets/news/author/"),
]

# Public addresses on A's site which must show nothing of B.
PUBLIC_URLS = [
    ("the home page", "/"),
    ("the news", "/tin-tuc/"),
    ("the legal documents' register", "/van-ban/"),
    ("the search", "/tim-kiem/?q=tin"),
    ("the RSS feed", "/rss.xml"),
    ("the Atom feed", "/atom.xml"),
    ("the sitemap", "/sitemap.xml"),
    ("the sitemap's pages", "/sitemap-trang.xml"),
    ("robots.txt", "/robots.txt"),
    ("the organisation", "/to-chuc-bo-may/"),
    ("the work schedule", "/lich-cong-tac/"),
    ("the work schedule's iCal feed", "/lich-cong-tac/ical/"),
    ("the questions and answers", "/hoi-dap/"),
    ("the questions and answers' open data", "/hoi-dap/json/"),
    ("the disclosures", "/cong-khai/"),
]
