import factory
import wagtail_factories

from organisation.models import Department, OrganisationPage, Person, Role


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = "Giới thiệu"
    slug = "gioi-thieu"
    title_en = "About the commune"
    functions = "<p>Quản lý nhà nước trên địa bàn xã.</p>"
    functions_en = "<p>State administration of the commune.</p>"

    class Meta:
        model = OrganisationPage


class DepartmentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Phòng số {n}")
    name_en = factory.Sequence(lambda n: f"Division {n}")

    class Meta:
        model = Department


class PersonFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Người Mẫu Số {n} (mẫu)")
    title = "Công chức"
    title_en = "Civil servant"
    role = Role.OFFICIAL
    phone = "0200 000 0000"
    email = factory.Sequence(lambda n: f"nguoi{n}@xa.example")

    class Meta:
        model = Person
