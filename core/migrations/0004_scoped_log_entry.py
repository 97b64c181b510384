"""A log of its own for the things of one unit (core.models.ScopedLogEntry); the entries
Wagtail's ModelLogEntry already holds about them move into it."""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


# core.scope.scoped_log_models() when this was written.
SCOPED_MODELS = [
    ("comments", "articlecomment"),
    ("organisation", "person"),
    ("organisation", "department"),
    ("schedule", "scheduleentry"),
    ("participation", "draftcomment"),
    ("wagtailimages", "image"),
    ("wagtaildocs", "document"),
]
FIELDS = [
    "content_type_id",
    "label",
    "action",
    "data",
    "timestamp",
    "uuid",
    "user_id",
    "revision_id",
    "content_changed",
    "deleted",
    "object_id",
]


def move_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ScopedLogEntry = apps.get_model("core", "ScopedLogEntry")
    content_types = [
        content_type.pk
        for content_type in ContentType.objects.all()
        if (content_type.app_label, content_type.model) in SCOPED_MODELS
    ]
    entries = ModelLogEntry.objects.filter(content_type_id__in=content_types)
    ScopedLogEntry.objects.bulk_create(
        ScopedLogEntry(**{name: getattr(entry, name) for name in FIELDS}) for entry in entries.iterator()
    )
    entries.delete()


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_unit_english_source'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ScopedLogEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('label', models.TextField()),
                ('action', models.CharField(blank=True, db_index=True, max_length=255)),
                ('data', models.JSONField(blank=True, default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder)),
                ('timestamp', models.DateTimeField(db_index=True, verbose_name='timestamp (UTC)')),
                ('uuid', models.UUIDField(blank=True, editable=False, help_text='Log entries that happened as part of the same user action are assigned the same UUID', null=True)),
                ('content_changed', models.BooleanField(db_index=True, default=False)),
                ('deleted', models.BooleanField(default=False)),
                ('object_id', models.CharField(db_index=True, max_length=255)),
                ('content_type', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='contenttypes.contenttype', verbose_name='content type')),
                ('revision', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='wagtailcore.revision')),
                ('user', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'log entry of a unit',
                'verbose_name_plural': 'log entries of units',
                'ordering': ['-timestamp', '-id'],
                'abstract': False,
                'indexes': [models.Index(fields=['uuid', 'action', '-timestamp'], name='core_scoped_uuid_3cda7a_idx')],
            },
        ),
        migrations.RunPython(move_entries, migrations.RunPython.noop),
    ]
