from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.fields import StreamField

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
