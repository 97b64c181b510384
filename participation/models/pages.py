"""The unit's participation page: the form, the look-up, the published questions and
answers and the statistics, one page per site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.pages import IntroMixin, PortalPageMixin

from ..views import public, statistics, submitting, tracking

DEFAULT_PRIVACY_NOTICE = (
    "<p><b>Mục đích:</b> họ tên, thư điện tử, số điện thoại, địa điểm và ảnh bạn gửi chỉ dùng để "
    "xem xét, trả lời và báo cho bạn kết quả xử lý.</p>"
    "<p><b>Ai được xem:</b> chỉ cán bộ được giao tiếp nhận, trả lời và công bố. Nếu bạn đồng ý công bố, "
    "câu hỏi và câu trả lời được đăng công khai không kèm thư điện tử, số điện thoại, địa điểm hay ảnh; "
    "họ tên chỉ hiện khi bạn cho phép.</p>"
    "<p><b>Thời gian lưu:</b> 24 tháng kể từ khi trả lời, sau đó dữ liệu cá nhân được xoá.</p>"
    "<p>Bạn có quyền xem, sửa, xoá dữ liệu của mình và rút lại sự đồng ý bằng cách liên hệ đơn vị "
    "(Luật Bảo vệ dữ liệu cá nhân 2025, Nghị định 356/2025/NĐ-CP).</p>"
)


class ParticipationPage(RoutablePageMixin, PortalPageMixin, IntroMixin, Page):
    privacy_notice = RichTextField(
        _("privacy notice"),
        default=DEFAULT_PRIVACY_NOTICE,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown on the form: the purpose, the retention period and who sees what."),
    )
    answer_working_days = models.PositiveSmallIntegerField(
        _("working days to answer"),
        default=10,
        help_text=_("Saturdays, Sundays and the public holidays of the list are not counted."),
    )
    answering_unit = models.CharField(
        _("answering unit"),
        max_length=255,
        blank=True,
        help_text=_("Shown with each answer unless the officer names another unit."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_notice"),
        FieldPanel("answer_working_days"),
        FieldPanel("answering_unit"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["participation.DraftConsultationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions and feedback page")
        verbose_name_plural = _("questions and feedback pages")

    def get_cached_paths(self):
        return ["/", "/gui/", "/tra-cuu/", "/thong-ke/", "/thong-ke/csv/", "/json/"]

    @path("")
    def record(self, request):
        return public.record(request, self)

    @path("gui/")
    def form(self, request):
        return submitting.blank_form(request, self)

    @path("tra-cuu/")
    def lookup(self, request):
        return tracking.blank_lookup(request, self)

    @path("hoi-dap/<int:submission_id>/")
    def answer(self, request, submission_id):
        return public.answer(request, self, submission_id)

    @path("json/")
    def open_data(self, request):
        return public.open_data(request, self)

    @path("thong-ke/")
    def statistics(self, request):
        return statistics.statistics(request, self)

    @path("thong-ke/csv/")
    def statistics_csv(self, request):
        return statistics.statistics_csv(request, self)
