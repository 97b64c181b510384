from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class OrganisationConfig(AppConfig):
    name = "organisation"
    verbose_name = pgettext_lazy("unit", "Organisation")

    def ready(self):
        from . import signals

        signals.connect()
