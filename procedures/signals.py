from django.db.models.signals import post_save
from django.dispatch import receiver

from core.signals import changes_show_on_every_page, saved_in_bulk

from .models import Agency, DossierStatistics, Procedure, ProcedureField

changes_show_on_every_page(Procedure, ProcedureField, Agency, DossierStatistics)


@receiver(post_save, sender=ProcedureField)
@receiver(post_save, sender=Agency)
def refresh_procedures_of_renamed_item(sender, instance, created=False, raw=False, **kwargs):
    """A procedure is found by its field's and agency's names too: renaming one tells
    the search indexes that its procedures changed."""
    if created or raw:
        return
    procedures = list(instance.procedures.select_related("field", "agency"))
    if procedures:
        saved_in_bulk.send(sender=Procedure, objects=procedures)
