import wagtail_factories

from home.models import ContactPage, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trang chủ"
    slug = "trang-chu"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Giới thiệu"

    class Meta:
        model = StandardPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Liên hệ"

    class Meta:
        model = ContactPage
