from django.db import migrations

from core.text import ascii_slug

# The usual types of a Vietnamese register; editors may rename, add or remove them.
TYPES = [
    ("Luật", "L"),
    ("Nghị định", "NĐ"),
    ("Thông tư", "TT"),
    ("Nghị quyết", "NQ"),
    ("Quyết định", "QĐ"),
    ("Chỉ thị", "CT"),
    ("Kế hoạch", "KH"),
    ("Thông báo", "TB"),
    ("Công văn", ""),
    ("Báo cáo", "BC"),
]


def add_types(apps, schema_editor):
    DocumentType = apps.get_model("documents", "DocumentType")
    for name, abbreviation in TYPES:
        DocumentType.objects.get_or_create(
            name=name, defaults={"slug": ascii_slug(name), "abbreviation": abbreviation}
        )


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]

    operations = [migrations.RunPython(add_types, migrations.RunPython.noop)]
