"""Search engines show a description under every page's title: the page's own, its
summary or introduction, or else what the unit's settings say of the portal."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db


def descriptions(html):
    return [unescape(text) for text in re.findall(r'<meta name="description" content="([^"]*)">', html)]


def test_every_public_page_has_one_meta_description(client, full_site):
    for name, url in full_site.pages.items():
        found = descriptions(client.get(url).content.decode())
        assert len(found) == 1 and found[0].strip(), (name, url, found)


def test_a_page_without_words_of_its_own_is_described_from_the_unit_settings(client, full_site):
    assert descriptions(client.get("/").content.decode()) == [
        "Cổng thông tin điện tử Xã Thử Nghiệm: tin tức, thủ tục hành chính và kết quả giải quyết."
    ]
    assert descriptions(client.get("/en/").content.decode()) == [
        "Electronic information portal of Thu Nghiem Commune: news, administrative procedures and their results."
    ]


def test_a_page_is_described_by_its_summary_or_introduction(client, full_site):
    report = client.get(full_site.report.url).content.decode()
    procedures = client.get(full_site.pages["procedure list"]).content.decode()

    assert descriptions(report) == ["Đoàn giám sát ghi nhận 16.517 hồ sơ được giải quyết đúng hạn."]
    assert descriptions(procedures) == ["Danh sách thủ tục hành chính."]
