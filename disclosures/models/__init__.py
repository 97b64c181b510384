from .entries import DisclosureDocument, DisclosureFile, DisclosurePage
from .index import DisclosureIndexPage
from .kinds import DisclosureKind, DueFrom, Section

__all__ = [
    "DisclosureDocument",
    "DisclosureFile",
    "DisclosureIndexPage",
    "DisclosureKind",
    "DisclosurePage",
    "DueFrom",
    "Section",
]
