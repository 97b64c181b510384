"""The demo's urgent notice, called by home's load_demo_content: it ends by itself two
days after the demo is loaded. Safe to run again: a notice of the same title is kept."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from alerts.models import Severity, UrgentNotice

TITLE = "Cảnh báo mưa lớn, nguy cơ lũ quét (thông báo mẫu)"
MESSAGE = (
    "Đây là thông báo mẫu của cổng thông tin. Từ nay đến hết ngày kia có mưa to ở vùng núi; "
    "người dân không qua ngầm, tràn khi nước lên và theo dõi thông báo của xã. "
    "Thông báo tự kết thúc sau 2 ngày."
)


def load_alerts_demo(home, stdout):
    site = Site.objects.get(root_page=home)
    if UrgentNotice.objects.filter(site=site, title=TITLE).exists():
        return
    now = timezone.now()
    UrgentNotice.objects.create(
        site=site,
        severity=Severity.WARNING,
        title=TITLE,
        message=MESSAGE,
        title_en="Heavy rain and flash-flood warning (sample notice)",
        message_en="A sample notice of the portal. It ends by itself two days after the demo was loaded.",
        starts_at=now,
        ends_at=now + datetime.timedelta(days=2),
    )
    stdout.write(_("Urgent notice: a sample that ends in 2 days."))
