"""The schedule's pages pass the Nu Html Checker: the week, a leader's week, the print
layout and the page that refuses a bad week."""

import pytest

from core.tests.test_html_validity import check_html, checker_or_skip

pytestmark = pytest.mark.django_db


def test_the_schedule_pages_are_valid_html(client, week_of_entries, leaders, tmp_path):
    checker_or_skip()
    pages = {
        "week": ("/lich-cong-tac/?tuan=2026-W49", 200),
        "leader's week": (f"/lich-cong-tac/?tuan=2026-W49&lanh_dao={leaders['chairman'].pk}", 200),
        "empty week": ("/lich-cong-tac/?tuan=2030-W10", 200),
        "print": ("/lich-cong-tac/in/?tuan=2026-W49", 200),
        "bad week": ("/lich-cong-tac/?tuan=2026-W99", 400),
        "bad week, print": ("/lich-cong-tac/in/?tuan=garbage", 400),
    }
    files = {}
    for number, (name, (url, status)) in enumerate(pages.items()):
        response = client.get(url)
        assert response.status_code == status, url
        path = tmp_path / f"{number:02d}.html"
        path.write_bytes(response.content)
        files[path.name] = name

    errors = check_html([tmp_path / name for name in files])

    assert {files[name]: found for name, found in errors.items()} == {}
