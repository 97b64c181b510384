from .people import Department, Person, Role

__all__ = ["Department", "Person", "Role"]
