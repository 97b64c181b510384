"""`make run`: the demo portal and two sample communes, each at its own address."""

import io

import pytest

from core.models import UnitLevel, UnitSettings
from demo.units.loader import load_units_demo
from units.models import UnitSite

pytestmark = pytest.mark.django_db


def test_the_demo_serves_two_sample_communes_beside_the_portal(client, portal):
    UnitSettings.objects.filter(site=portal.site).update(level=UnitLevel.DISTRICT)
    output = io.StringIO()
    load_units_demo(portal.home, output)
    load_units_demo(portal.home, io.StringIO())  # again: nothing twice
    assert UnitSite.objects.count() == 2
    assert "Xã Mẫu A (đơn vị minh họa): http://xa-mau-a.localhost:8000/" in output.getvalue()
    for host, article in (
        ("xa-mau-a.localhost", "Xã Mẫu A tổ chức"),
        ("xa-mau-b.localhost", "Xã Mẫu B tổ chức"),
    ):
        body = client.get("/", HTTP_HOST=f"{host}:8000", SERVER_PORT="8000").content.decode()
        assert article in body and "(đơn vị minh họa)" in body
    home = client.get("/").content.decode()
    assert "Xã Mẫu A tổ chức ngày hội đại đoàn kết (bài mẫu)" in home
    assert "Xã Mẫu B niêm yết thủ tục hành chính" in home
    assert client.get("/tin-xa-phuong/").status_code == 200
