"""What the two procedure pages answer: the list and its open data, each procedure's
page, the one-stop results. The pages' routes hand each request here."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from core.models import UnitSettings
from core.pagination import paginate

from .blocks import group_documents
from .charts import results_charts
from .listing import ProcedureListing
from .models.catalogue import Procedure
from .spreadsheets.export import csv_response, json_response, statistics_csv_response
from .statistics_report import StatisticsReport
from .structured_data import government_service

LISTING_PAGE_SIZE = 20
EXPORT_FILENAME = "thu-tuc-hanh-chinh"


def procedure_list(page, request):
    search = ProcedureListing.from_request(request, default_level=page.default_level(request))
    procedures = paginate(request, search.procedures(), LISTING_PAGE_SIZE)
    if procedures.is_past_the_end:
        raise Http404(_("There is no such page in this list."))
    return page.render(
        request,
        context_overrides={
            "search": search,
            "procedures": procedures,
            "first_number": procedures.first_number,
            # Each procedure's URL is this one and its slug: no URL reversing per row.
            "index_url": page.get_url(request),
            "statistics_links": page.statistics_links(request),
        },
    )


def exported_procedures(page, request):
    """Every procedure the list's filters leave, with all its parts: open data is not paginated."""
    condition = ProcedureListing.from_request(
        request, default_level=page.default_level(request)
    ).filters.condition()
    return Procedure.objects.select_related("field", "agency").filter(condition)


def procedures_csv(page, request):
    return csv_response(exported_procedures(page, request), EXPORT_FILENAME)


def procedures_json(page, request):
    return json_response(
        exported_procedures(page, request), request, page.get_full_url(request), EXPORT_FILENAME
    )


def procedure_detail(page, request, slug, template):
    procedure = page.procedure(slug)
    context = page.get_context(request)
    canonical_url = page.get_full_url(request) + page.reverse_subpage("procedure", args=[procedure.slug])
    context.update(
        procedure=procedure,
        canonical_url=canonical_url,
        document_groups=group_documents((block.block_type, block.value) for block in procedure.documents),
        related_procedures=page.related_procedures(procedure),
        structured_data=government_service(procedure, canonical_url, UnitSettings.for_request(request)),
    )
    return TemplateResponse(request, template, context)


def statistics_results(page, request):
    (name, label, stored), unknown_unit, units = page.chosen_unit(request)
    report = StatisticsReport.for_units(name, stored)
    return page.render(
        request,
        context_overrides={
            "report": report,
            "unit_label": label,
            "units": units,
            "unknown_unit": unknown_unit,
            "charts": results_charts(report),
        },
    )


def statistics_csv(page, request):
    (_name, _label, stored), _unknown, _units = page.chosen_unit(request)
    return statistics_csv_response(stored)
