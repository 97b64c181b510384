"""The procedures part of the demo portal, called by load_demo_content.

Safe to run again: pages, forms and figures that exist are kept as they are, so an
editor's changes to the demo survive; only what is missing is added."""

from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.demo import child
from core.text import ascii_slug
from demo.seed import read_seed_article
from news.models import SupervisionReportPage
from procedures.models import DossierStatistics, OneStopStatisticsPage, Procedure, ProcedureIndexPage
from procedures.spreadsheets.procedure_import import ProcedureImporter
from procedures.spreadsheets.statistics_import import StatisticsImporter

from .forms import SAMPLE_FORMS, form_document

DEMO_DIR = Path(__file__).parent
PROCEDURES_FILE = DEMO_DIR / "thu_tuc_hanh_chinh_mau.csv"
# The seed's own figures (real), and figures per field for the sample unit (marked sample).
STATISTICS_FILES = [
    DEMO_DIR / "ket_qua_giai_quyet_tam_hong.csv",
    DEMO_DIR / "ket_qua_giai_quyet_mau_theo_linh_vuc.csv",
]
SEED_UNIT = "Xã Tam Hồng"
INDEX_INTRO = (
    "<p>Tra cứu thủ tục hành chính: giấy tờ cần chuẩn bị, thời hạn giải quyết, phí, lệ phí, nơi nộp hồ sơ, "
    "mẫu đơn và căn cứ pháp lý.</p>"
)
INDEX_NOTICE = (
    "Danh sách dưới đây là dữ liệu minh họa, biên soạn từ các văn bản pháp luật công khai: mã thủ tục, thời hạn, "
    "phí, lệ phí và mẫu đơn cần được đối chiếu với Cơ sở dữ liệu quốc gia về thủ tục hành chính trước khi sử dụng."
)
STATISTICS_INTRO = (
    "<p>Số hồ sơ thủ tục hành chính tiếp nhận và giải quyết qua bộ phận “một cửa”, “một cửa liên thông”, "
    "theo từng kỳ báo cáo.</p>"
)


def load_procedures_demo(home, stdout):
    child(
        home,
        ProcedureIndexPage,
        "Thủ tục hành chính",
        intro=INDEX_INTRO,
        notice=INDEX_NOTICE,
        show_in_menus=True,
    )
    statistics_page, _created = child(
        home,
        OneStopStatisticsPage,
        "Kết quả giải quyết thủ tục hành chính",
        intro=STATISTICS_INTRO,
        unit=SEED_UNIT,
    )
    sample_forms()
    if not Procedure.objects.exists():
        report = ProcedureImporter().run(PROCEDURES_FILE.read_bytes())
        stdout.write(f"{PROCEDURES_FILE.name}: {report.summary()}")
    if not DossierStatistics.objects.exists():
        for path in STATISTICS_FILES:
            stdout.write(f"{path.name}: {StatisticsImporter().run(path.read_bytes()).summary()}")
    link_seed_article(statistics_page)


def sample_forms():
    Document = get_document_model()
    for title in SAMPLE_FORMS:
        if not Document.objects.filter(title=title).exists():
            file = ContentFile(form_document(title), name=f"{ascii_slug(title)}.docx")
            Document.objects.create(title=title, file=file)


def link_seed_article(statistics_page):
    """The seed's body stays exactly as published: the link to the figures goes in the
    report's findings, beside the same figures."""
    report = SupervisionReportPage.objects.filter(title=read_seed_article().title).first()
    if report is None or f'linktype="page" id="{statistics_page.pk}"' in report.findings:
        return
    report.findings += (
        f'<p>Số liệu theo từng kỳ: <a linktype="page" id="{statistics_page.pk}">'
        "Kết quả giải quyết thủ tục hành chính của xã Tam Hồng</a>.</p>"
    )
    report.save_revision().publish()
