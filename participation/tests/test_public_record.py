"""The published questions and answers: by field, searchable with or without diacritics,
the answering unit and date shown, and never any personal data."""

import json

import pytest
from django.utils import timezone

from participation.models import State
from participation.statistics import monthly_counts

from .factories import SubmissionFactory, published_submission

pytestmark = pytest.mark.django_db

PERSONAL = ("mau@example.com", "0912345678", "Ngõ 5, thôn Đông", "Trần Thị Mẫu")


@pytest.fixture
def record(participation, fields):
    return {
        "land": published_submission(participation, field=fields["Địa chính"], subject="Cấp đổi sổ đỏ"),
        "law": published_submission(participation, field=fields["Tư pháp"], subject="Chứng thực bản sao"),
        "named": published_submission(
            participation,
            field=fields["Tư pháp"],
            subject="Đăng ký khai sinh",
            name="Lê Văn Công Khai",
            publish_name=True,
        ),
        "answered": SubmissionFactory(
            page=participation, state=State.ANSWERED, subject="Chưa công bố", answer="x"
        ),
    }


def test_the_listing_shows_published_items_with_unit_and_date(
    client, participation, record, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20):
        response = client.get("/hoi-dap/")
    html = response.content.decode()
    assert "Cấp đổi sổ đỏ" in html and "Chứng thực bản sao" in html
    assert "Chưa công bố" not in html
    assert "UBND xã Thử Nghiệm" in html


def test_the_listing_filters_by_field(client, participation, record, fields):
    html = client.get("/hoi-dap/", {"linh-vuc": fields["Địa chính"].slug}).content.decode()
    assert "Cấp đổi sổ đỏ" in html
    assert "Chứng thực bản sao" not in html


@pytest.mark.parametrize("query", ["sổ đỏ", "so do", "SO DO", "cap doi"])
def test_search_works_with_and_without_diacritics(client, participation, record, query):
    html = client.get("/hoi-dap/", {"q": query}).content.decode()
    assert "Cấp đổi sổ đỏ" in html
    assert "Chứng thực bản sao" not in html


def test_personal_data_never_reaches_a_public_page_or_the_open_data(client, participation, record):
    subject_shown_at = {
        "/hoi-dap/": record["land"].subject,
        "/hoi-dap/json/": record["land"].subject,
        **{
            f"/hoi-dap/hoi-dap/{item.pk}/": item.subject
            for item in record.values()
            if item.state == State.PUBLISHED
        },
    }
    for address, subject in subject_shown_at.items():
        html = client.get(address).content.decode()
        assert subject in html, address
        for detail in PERSONAL:
            assert detail not in html, (address, detail)


def test_the_name_shows_only_when_the_resident_allowed_it(client, participation, record):
    named = client.get(f"/hoi-dap/hoi-dap/{record['named'].pk}/").content.decode()
    assert "Lê Văn Công Khai" in named
    data = json.loads(client.get("/hoi-dap/json/").content)
    names = {item["tieu_de"]: item["nguoi_hoi"] for item in data["hoi_dap"]}
    assert names == {"Cấp đổi sổ đỏ": "", "Chứng thực bản sao": "", "Đăng ký khai sinh": "Lê Văn Công Khai"}


def test_an_unpublished_answer_is_not_found(client, participation, record):
    assert client.get(f"/hoi-dap/hoi-dap/{record['answered'].pk}/").status_code == 404


def test_residents_rate_an_answer_once(client, participation, record):
    item = record["land"]
    first = client.post(f"/tham-gia/danh-gia/{item.pk}/", {"huu-ich": "co"})
    assert first.status_code == 303
    page = client.get(first["Location"]).content.decode()
    assert "Cảm ơn bạn đã đánh giá." in page
    second = client.post(f"/tham-gia/danh-gia/{item.pk}/", {"huu-ich": "khong"})
    assert "da-danh-gia" in second["Location"]
    item.refresh_from_db()
    assert (item.useful_votes, item.not_useful_votes) == (1, 0)


def test_the_statistics_count_on_time_late_and_overdue(client, participation, record):
    import datetime

    from django.utils import timezone

    late = record["law"]
    late.deadline = timezone.localdate(late.answered_at) - datetime.timedelta(days=1)
    late.save()
    SubmissionFactory(page=participation, deadline=timezone.localdate() - datetime.timedelta(days=1))
    response = client.get("/hoi-dap/thong-ke/")
    html = response.content.decode()
    assert "<svg" in html and 'role="img"' in html
    csv_text = client.get("/hoi-dap/thong-ke/csv/").content.decode("utf-8-sig")
    month = f"{timezone.localdate():%m/%Y}"
    rows = [line.split(",") for line in csv_text.strip().splitlines()]
    assert rows[0] == [
        "Tháng",
        "Lĩnh vực",
        "Tiếp nhận",
        "Trả lời đúng hạn",
        "Trả lời quá hạn",
        "Đang quá hạn",
    ]
    by_field = {row[1]: row[2:] for row in rows[1:] if row[0] == month}
    assert by_field["Tư pháp"] == ["2", "1", "1", "0"]
    # An answered item without its answer date counts as received only; the new one is overdue.
    assert by_field["Xây dựng"] == ["2", "0", "0", "1"]


def test_the_statistics_show_the_twelve_latest_months_that_received_anything(participation):
    for months_ago in range(0, 28, 2):  # 14 months, every other month
        received = timezone.now() - timezone.timedelta(days=30 * months_ago + 1)
        SubmissionFactory(page=participation, received_at=received)

    months = monthly_counts(participation)

    assert len(months) == 12 and all(month.total.received == 1 for month in months)
    assert months == sorted(months, key=lambda month: month.key, reverse=True)


def test_a_rating_drops_only_the_answer_s_page_from_the_front_cache(
    client, participation, record, purged, django_capture_on_commit_callbacks
):
    item = record["land"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/tham-gia/danh-gia/{item.pk}/", {"huu-ich": "co"})

    urls = {url for method, url in purged if method == "PURGE"}
    answer = f"hoi-dap/hoi-dap/{item.pk}/"
    assert urls == {f"http://testserver/{answer}", f"http://testserver/en/{answer}"}
