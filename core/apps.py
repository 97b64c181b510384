from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal core")

    def ready(self):
        from . import signals  # noqa: F401
        from .client import check_trusted_proxies

        checks.register(check_trusted_proxies)
