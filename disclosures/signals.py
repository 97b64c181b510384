from core.signals import changes_show_on_every_page

from .models import DisclosureKind


def connect():
    # A kind's name shows on the disclosures' pages, and its expectations on the period view.
    changes_show_on_every_page(DisclosureKind)
