import datetime

import factory
from django.utils import timezone

from alerts.models import Severity, UrgentNotice


class UrgentNoticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UrgentNotice

    severity = Severity.EMERGENCY
    title = "Cảnh báo lũ trên sông Hồng"
    message = "Mực nước sông Hồng đang lên nhanh. Người dân vùng bãi sông di chuyển tài sản lên cao."
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(minutes=1))
    ends_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))
