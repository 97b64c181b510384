from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.search.backends import get_search_backends

from core.signals import changes_show_on_every_page

from .models import Agency, DossierStatistics, Procedure, ProcedureField

changes_show_on_every_page(Procedure, ProcedureField, Agency, DossierStatistics)


@receiver(post_save, sender=ProcedureField)
@receiver(post_save, sender=Agency)
def refresh_procedures_of_renamed_item(sender, instance, created=False, raw=False, **kwargs):
    """A procedure is found by its field's and agency's names too: renaming one
    refreshes the folded search text and the search index of its procedures."""
    if created or raw:
        return
    procedures = list(instance.procedures.select_related("field", "agency"))
    for procedure in procedures:
        procedure.refresh_derived_fields()
    Procedure.objects.bulk_update(procedures, ["search_text"], batch_size=500)
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Procedure, procedures)
