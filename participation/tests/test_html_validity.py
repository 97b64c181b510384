"""The participation pages pass the Nu Html Checker."""

import datetime

import pytest

from core.tests.test_html_validity import check_html, checker_or_skip
from participation.models import DraftConsultationPage

from .factories import SubmissionFactory, published_submission

pytestmark = pytest.mark.django_db


def test_every_participation_page_is_valid_html(client, participation, fields, tmp_path):
    checker_or_skip()
    item = published_submission(participation, field=fields["Tư pháp"])
    mine = SubmissionFactory(page=participation)
    draft = DraftConsultationPage(
        title="Dự thảo quy chế chợ", body="<p>Dự thảo.</p>", closes_on=datetime.date(2099, 1, 1)
    )
    participation.add_child(instance=draft)
    draft.save_revision().publish()
    pages = {
        "record.html": client.get("/hoi-dap/"),
        "form.html": client.get("/hoi-dap/gui/"),
        "form-errors.html": client.post(f"/tham-gia/{participation.pk}/gui/", {"subject": "x"}),
        "lookup.html": client.get("/hoi-dap/tra-cuu/"),
        "lookup-refused.html": client.post(
            f"/tham-gia/{participation.pk}/tra-cuu/", {"code": "x", "contact": "y"}
        ),
        "answer.html": client.get(f"/hoi-dap/hoi-dap/{item.pk}/"),
        "track.html": client.get(f"/tham-gia/theo-doi/{mine.tracking_token}/"),
        "statistics.html": client.get("/hoi-dap/thong-ke/"),
        "draft.html": client.get(draft.url),
        "draft-errors.html": client.post(f"/tham-gia/du-thao/{draft.pk}/gop-y/", {"name": "A"}),
    }
    files = []
    for name, response in pages.items():
        path = tmp_path / name
        path.write_bytes(response.content)
        files.append(path)
    assert check_html(files) == {}
