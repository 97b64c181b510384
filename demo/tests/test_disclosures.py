"""`make run` shows a sample year of budget disclosures, with one missing."""

import io

import pytest
from django.core.management import call_command

from demo.disclosures.loader import SAMPLE_YEAR
from disclosures.models import DisclosurePage

pytestmark = pytest.mark.django_db


def test_the_demo_has_one_budget_disclosure_per_period_of_a_sample_year(client, demo):
    disclosures = DisclosurePage.objects.live()

    assert sorted(
        disclosures.filter(kind__slug="tinh-hinh-thuc-hien-du-toan-ngan-sach").values_list(
            "period", flat=True
        )
    ) == sorted(["quy-1", "quy-2", "6-thang", "quy-3", "quy-4", "nam"])
    assert disclosures.filter(kind__slug="du-toan-ngan-sach", year=SAMPLE_YEAR).exists()
    assert all(d.is_sample and "(mẫu)" in d.title and d.files.exists() for d in disclosures)
    content = client.get("/cong-khai/theo-ky/", {"nam": SAMPLE_YEAR}).content.decode()
    assert "Công khai tình hình thực hiện dự toán ngân sách quý 1 năm 2025 (mẫu)" in content
    # The final accounts are left out: the period view shows them missing.
    assert "Chưa công khai" in content


def test_loading_the_demo_again_adds_nothing(demo):
    count = DisclosurePage.objects.count()
    out = io.StringIO()

    call_command("load_demo_content", "--no-admin", stdout=out)

    assert DisclosurePage.objects.count() == count
    assert "Công khai: đã thêm 0." in out.getvalue()
