"""The disclosures part of the demo portal, called by the demo's load_demo_content.

One budget disclosure per period of a sample year, each with a sample PDF written
locally; the year's final accounts are left out, so that the period view and the
editors' checklist show a missing disclosure. Safe to run again: what exists is kept."""

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from core.demo import child
from demo.documents.pdf import sample_pdf
from disclosures.models import DisclosureFile, DisclosureIndexPage, DisclosureKind, DisclosurePage
from disclosures.periods import Period, PeriodKind, periods_of

SAMPLE_YEAR = 2025
SAMPLE_NOTE = "(mẫu)"
INTRO = (
    "<p>Công khai ngân sách, dự án đầu tư, quy hoạch, kế hoạch và thu hồi đất của đơn vị theo "
    "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 (Điều 11). Các mục ghi “mẫu” là dữ liệu minh họa.</p>"
)
ESTIMATE = "du-toan-ngan-sach"
EXECUTION = "tinh-hinh-thuc-hien-du-toan-ngan-sach"


def _sample_file(title):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    lines = [
        title,
        "",
        "Tep minh hoa do cong thong tin tu tao cho du lieu mau.",
        "So lieu mau, khong co gia tri.",
    ]
    return Document.objects.create(title=title, file=ContentFile(sample_pdf(lines), name="cong-khai-mau.pdf"))


def _disclosure(index, kind, period, title, body):
    page, created = child(
        index,
        DisclosurePage,
        f"{title} {SAMPLE_NOTE}",
        kind=kind,
        year=period.year,
        period=period.kind,
        body=body,
        is_sample=True,
    )
    if created:
        DisclosureFile.objects.create(page=page, document=_sample_file(f"{title} (tệp mẫu)"))
        # The file goes into a published revision, so the editor's form has it.
        page.save_revision().publish()
    return created


def load_disclosures_demo(home, stdout):
    with translation.override("vi"):  # the periods' names go into the titles
        _load(home, stdout)


def _load(home, stdout):
    index, _created = child(
        home,
        DisclosureIndexPage,
        "Công khai",
        slug="cong-khai",
        intro=INTRO,
        tracked_since=SAMPLE_YEAR,
        show_in_menus=True,
    )
    kinds = {kind.slug: kind for kind in DisclosureKind.objects.filter(slug__in=[ESTIMATE, EXECUTION])}
    if len(kinds) < 2:
        stdout.write(
            _("Disclosures: the default kinds of disclosure were renamed or removed; nothing added.")
        )
        return
    added = _disclosure(
        index,
        kinds[ESTIMATE],
        Period(SAMPLE_YEAR, PeriodKind.YEAR),
        f"Công khai dự toán ngân sách xã năm {SAMPLE_YEAR}",
        "<p>Dự toán thu, chi ngân sách xã năm mẫu đã được Hội đồng nhân dân xã quyết định.</p>",
    )
    for period in periods_of(SAMPLE_YEAR):
        added += _disclosure(
            index,
            kinds[EXECUTION],
            period,
            f"Công khai tình hình thực hiện dự toán ngân sách {period.label.lower()}",
            f"<p>Số liệu mẫu về thu, chi ngân sách xã {period.label.lower()}.</p>",
        )
    stdout.write(_("Disclosures: %(count)d added.") % {"count": added})
