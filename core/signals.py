from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.fields import StreamField
from wagtail.signals import post_page_move

from .cache import renew_chrome_version
from .text import nfc, nfc_deep


@receiver(pre_save)
def store_text_in_nfc(sender, instance, raw=False, **kwargs):
    """Every text column is stored in NFC, whoever saves it (admin, import, shell)."""
    if raw:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))
        elif isinstance(field, StreamField):
            value = getattr(instance, field.attname)
            setattr(instance, field.attname, nfc_deep(field.get_prep_value(value)))


# A move changes paths with queryset updates, so no post_save is sent for it.
post_page_move.connect(renew_chrome_version, dispatch_uid="renew-chrome-on-move")


@receiver(post_save)
@receiver(post_delete)
def renew_chrome_on_settings_or_page_change(sender, **kwargs):
    from wagtail.models import Page, PageViewRestriction, Site

    from .models import UnitSettings

    if issubclass(sender, (UnitSettings, Page, PageViewRestriction, Site)) and not kwargs.get("raw"):
        renew_chrome_version()
