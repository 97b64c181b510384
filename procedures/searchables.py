"""Procedures in the portal's search (search.registry): found by name, code, field,
agency and what the reader must bring, listed as "Thủ tục hành chính"."""

from core.pages import site_root
from search.models import Kind
from search.registry import PageSearchable, Searchable, register

from .models import Procedure, ProcedureIndexPage, procedure_index_url


@register
class ProcedureSearchable(Searchable):
    model = Procedure
    kind = Kind.PROCEDURE
    title_field = "name"
    code_field = "code"
    text_fields = ["applicants", "submission_address", "result", "conditions", "documents", "steps"]
    date_field = "updated_on"

    def get_queryset(self):
        return Procedure.objects.select_related("field", "agency")

    def is_searchable(self, procedure):
        return True

    def url(self, procedure, request=None):
        """On the reader's own site: every unit shows the province's one catalogue."""
        index_url = procedure_index_url(site_root(request))
        return f"{index_url}{procedure.slug}/" if index_url else procedure.get_absolute_url()

    def texts(self, procedure):
        agency = procedure.agency.name if procedure.agency_id else ""
        return [procedure.field.name, agency, *super().texts(procedure)]


@register
class ProcedureIndexSearchable(PageSearchable):
    model = ProcedureIndexPage
    kind = Kind.PROCEDURE
