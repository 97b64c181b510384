from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal core")

    def ready(self):
        # The system checks register themselves on import.
        from . import checks, signals  # noqa: F401
        from .admin_dates import register_typed_date_fields
        from .admin_labels import label_unlabelled_admin_fields

        register_typed_date_fields()
        label_unlabelled_admin_fields()
