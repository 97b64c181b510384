"""Each unit keeps its own authors; slugs are unique within a site. An author made
before belongs to the site of their first article (else to the default site); one who
signed articles on several sites gets a copy on each other site, and those articles and
their revisions name the copy, so that every byline links to its own site's author page."""

import django.db.models.deletion
from django.db import migrations, models


def give_authors_a_site(apps, schema_editor):
    place_authors(
        apps.get_model("news", "Author").objects.filter(site=None),
        apps.get_model("news", "ArticlePage"),
        apps.get_model("wagtailcore", "Revision"),
        apps.get_model("wagtailcore", "Site"),
    )


def place_authors(authors, ArticlePage, Revision, Site):
    sites = sorted(
        Site.objects.select_related("root_page"), key=lambda site: (not site.is_default_site, site.pk)
    )
    for author in authors:
        by_site = {}
        for page_id, path in (
            ArticlePage.objects.filter(author=author).order_by("path").values_list("pk", "path")
        ):
            site = next((site for site in sites if path.startswith(site.root_page.path)), None)
            by_site.setdefault(site, []).append(page_id)
        placed = [site for site in by_site if site is not None] or sites[:1]
        if not placed:
            raise RuntimeError("An author needs a site, and this installation has none.")
        author.site = placed[0]
        author.save(update_fields=["site"])
        for site in placed[1:]:
            copy = type(author).objects.create(
                site=site, name=author.name, slug=author.slug, role=author.role
            )
            name_the_copy(by_site[site], author.pk, copy.pk, ArticlePage, Revision)


def name_the_copy(page_ids, author_id, copy_id, ArticlePage, Revision):
    ArticlePage.objects.filter(pk__in=page_ids).update(author_id=copy_id)
    revisions = Revision.objects.filter(
        object_id__in=[str(page_id) for page_id in page_ids], base_content_type__app_label="wagtailcore"
    )
    for revision in revisions:
        if revision.content.get("author") == author_id:
            revision.content["author"] = copy_id
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0007_articledocument"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="author",
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="authors",
                to="wagtailcore.site",
                verbose_name="site",
            ),
        ),
        migrations.RunPython(give_authors_a_site, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="author",
            name="site",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="authors",
                to="wagtailcore.site",
                verbose_name="site",
            ),
        ),
        migrations.AlterField(
            model_name="author",
            name="slug",
            field=models.SlugField(max_length=255, verbose_name="slug"),
        ),
        migrations.AddConstraint(
            model_name="author",
            constraint=models.UniqueConstraint(fields=("site", "slug"), name="news_author_slug_per_site"),
        ),
    ]
