from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo portal (`manage.py load_demo_content`). Only this app imports the others'
    demo data; nothing imports it, so a production installation could leave it out."""

    name = "demo"
    verbose_name = _("Demo content")
