from .pages import Hotline, OrganisationPage
from .people import Department, Person, Role

__all__ = ["Department", "Hotline", "OrganisationPage", "Person", "Role"]
