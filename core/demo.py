"""What the demo loaders of every app share."""

from .text import ascii_slug


def child(parent, model, title, **fields):
    """The child page with this title's slug, created and published if missing."""
    slug = fields.pop("slug", None) or ascii_slug(title)
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = model(title=title, slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True
