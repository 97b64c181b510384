import pytest

from organisation.models import Hotline

from .factories import DepartmentFactory, OrganisationPageFactory, PersonFactory


@pytest.fixture
def organisation_page(portal):
    page = OrganisationPageFactory(parent=portal.home, show_in_menus=True)
    Hotline.objects.create(
        page=page, label="Đường dây nóng của Chủ tịch", label_en="Chairman's hotline", number="0200 111 222"
    )
    return page


@pytest.fixture
def organisation(portal, organisation_page):
    """A commune with its leadership, an office under it, a leader who speaks for it."""
    site = portal.site
    leadership = DepartmentFactory(
        site=site, name="Lãnh đạo UBND xã", name_en="Commune leadership", sort_order=0
    )
    office = DepartmentFactory(
        site=site, name="Văn phòng UBND", name_en="Office", parent=leadership, sort_order=1
    )
    chair = PersonFactory(
        site=site,
        full_name="Nguyễn Văn Mẫu (mẫu)",
        title="Chủ tịch UBND xã",
        title_en="Chairman of the People's Committee",
        role="leader",
        department=leadership,
        responsibilities="Lãnh đạo chung",
        responsibilities_en="General leadership",
        office_hours="Thứ Năm, 7:30–11:00",
        office_hours_en="Thursdays, 7:30–11:00",
    )
    spokesperson = PersonFactory(
        site=site,
        full_name="Trần Thị Thử (mẫu)",
        title="Phó Chủ tịch UBND xã",
        title_en="Vice-Chairwoman",
        role="leader",
        is_spokesperson=True,
        department=leadership,
        phone="0200 333 444",
        email="phatngon@xa.example",
    )
    clerk = PersonFactory(
        site=site, full_name="Lê Văn Ví Dụ (mẫu)", title="Chánh Văn phòng", department=office
    )
    return {
        "leadership": leadership,
        "office": office,
        "chair": chair,
        "spokesperson": spokesperson,
        "clerk": clerk,
    }
