import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

from demo.seed import read_seed_article
from news.models import SupervisionReportPage
from procedures.models import DossierStatistics, OneStopStatisticsPage, Procedure, ProcedureIndexPage

pytestmark = pytest.mark.django_db


def portal_home():
    """The demo portal's home (the demo also makes two sample communes' sites)."""
    return Site.objects.get(is_default_site=True).root_page


def test_the_demo_has_the_procedure_list_the_results_page_and_the_seed_figures(client, demo):
    assert ProcedureIndexPage.objects.live().child_of(portal_home()).count() == 1
    assert Procedure.objects.count() == 23
    results = OneStopStatisticsPage.objects.child_of(portal_home()).get()
    assert results.unit == "Xã Tam Hồng"
    assert sorted(
        DossierStatistics.objects.filter(unit="Xã Tam Hồng").values_list("received_total", flat=True)
    ) == [
        3129,
        6203,
        7185,
    ]
    assert not DossierStatistics.objects.filter(unit="Xã Tam Hồng", is_sample=True).exists()
    assert not DossierStatistics.objects.filter(field__isnull=False, is_sample=False).exists()
    assert "16.517" in client.get(results.url).content.decode()


def test_running_the_demo_twice_creates_no_duplicates(demo):
    counts = (
        Procedure.objects.count(),
        DossierStatistics.objects.count(),
        ProcedureIndexPage.objects.count(),
    )

    call_command("load_demo_content", "--no-admin", stdout=io.StringIO())

    assert (
        Procedure.objects.count(),
        DossierStatistics.objects.count(),
        ProcedureIndexPage.objects.count(),
    ) == counts
    assert OneStopStatisticsPage.objects.child_of(portal_home()).count() == 1


def test_the_seed_article_links_to_the_results_page_outside_its_body(client, demo):
    seed = read_seed_article()
    report = SupervisionReportPage.objects.get(title=seed.title)
    results = OneStopStatisticsPage.objects.child_of(portal_home()).get()

    content = client.get(report.url).content.decode()

    body_text = "".join(block.value.source for block in report.body)
    assert "linktype" not in body_text and results.url not in body_text
    assert f'<a href="{results.url}">Kết quả giải quyết thủ tục hành chính của xã Tam Hồng</a>' in content
    assert report.findings.count(f'id="{results.pk}"') == 1


def test_the_demo_forms_can_be_downloaded(client, demo):
    content = client.get("/thu-tuc-hanh-chinh/1-001193/").content.decode()

    assert "Tải về Tờ khai đăng ký khai sinh (DOCX)" in content
