from .catalogue import (
    CODE_PATTERN,
    LEVEL_FIELDS,
    Agency,
    Level,
    OnlineLevel,
    Procedure,
    ProcedureField,
    code_slug,
    procedure_index_url,
)
from .pages import OneStopStatisticsPage, ProcedureIndexPage
from .statistics import DossierStatistics, Figures, Period, PeriodKind

__all__ = [
    "CODE_PATTERN",
    "LEVEL_FIELDS",
    "Agency",
    "DossierStatistics",
    "Figures",
    "Level",
    "OneStopStatisticsPage",
    "OnlineLevel",
    "Period",
    "PeriodKind",
    "Procedure",
    "ProcedureField",
    "ProcedureIndexPage",
    "code_slug",
    "procedure_index_url",
]
