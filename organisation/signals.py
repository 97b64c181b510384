from core.signals import changes_show_on_every_page

from .models import Department, Person


def connect():
    # A person or department shows on the organisation page and on whatever other page
    # names them (the work schedule): every cached copy is dropped.
    changes_show_on_every_page(Person, Department)
