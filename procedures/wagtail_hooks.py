from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.lists import NamedListViewSet
from core.pages import pages_of_type

from .admin_views import ImportableIndexView, ImportView, ProcedureAdminIndexView
from .models import (
    Agency,
    DossierStatistics,
    OneStopStatisticsPage,
    Procedure,
    ProcedureField,
    procedure_index_url,
)
from .spreadsheets.columns import PROCEDURE_COLUMNS, STATISTICS_COLUMNS
from .spreadsheets.procedure_import import ProcedureImporter
from .spreadsheets.statistics_import import StatisticsImporter


def _procedure_csv_url():
    index_url = procedure_index_url()
    return f"{index_url}csv/" if index_url else None


def _statistics_csv_url():
    page = pages_of_type(OneStopStatisticsPage).live().first()
    return f"{page.url}csv/" if page else None


class ImportableViewSet(SnippetViewSet):
    importer_class = None
    import_columns = ()
    import_help_template = None
    export_url_finder = None

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    @property
    def import_view(self):
        return self.construct_view(
            ImportView,
            importer_class=self.importer_class,
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("list"),
            columns=self.import_columns,
            help_template=self.import_help_template,
            export_url_finder=self.export_url_finder,
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("import/", self.import_view, name="import")]


class ProcedureViewSet(ImportableViewSet):
    model = Procedure
    icon = "list-ul"
    menu_label = _("Procedures")
    index_view_class = ProcedureAdminIndexView
    list_display = ["code", "name", "field", "online_level", "updated_on"]
    list_filter = ["field", "online_level", "at_commune", "at_district", "at_province"]
    search_fields = ["name", "code"]
    importer_class = ProcedureImporter
    import_columns = PROCEDURE_COLUMNS
    import_help_template = "procedures/admin/procedure_cells_help.html"
    export_url_finder = staticmethod(_procedure_csv_url)


class ProcedureFieldViewSet(NamedListViewSet):
    model = ProcedureField
    icon = "tag"
    menu_label = pgettext_lazy("procedure", "Fields")


class AgencyViewSet(NamedListViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies")


class DossierStatisticsViewSet(ImportableViewSet):
    model = DossierStatistics
    icon = "table"
    menu_label = _("One-stop results")
    index_view_class = ImportableIndexView
    list_display = [
        "unit",
        "period_kind",
        "year",
        "period_number",
        "field",
        "received_total",
        "resolved_total",
    ]
    list_filter = ["unit", "period_kind", "year", "is_sample"]
    search_fields = ["unit"]
    search_backend_name = None
    importer_class = StatisticsImporter
    import_columns = STATISTICS_COLUMNS
    import_help_template = "procedures/admin/statistics_cells_help.html"
    export_url_finder = staticmethod(_statistics_csv_url)


class ProceduresGroup(SnippetViewSetGroup):
    menu_label = _("Administrative procedures")
    menu_icon = "list-ul"
    menu_order = 250
    items = (ProcedureViewSet, ProcedureFieldViewSet, AgencyViewSet, DossierStatisticsViewSet)


register_snippet(ProceduresGroup)
