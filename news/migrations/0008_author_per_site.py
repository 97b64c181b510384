"""Each unit keeps its own authors. An author made before belongs to the site of the
first article that names them, else to the installation's default site (else to its
first site); slugs are unique within a site."""

import django.db.models.deletion
from django.db import migrations, models


def give_authors_a_site(apps, schema_editor):
    Author = apps.get_model("news", "Author")
    ArticlePage = apps.get_model("news", "ArticlePage")
    Site = apps.get_model("wagtailcore", "Site")
    sites = sorted(
        Site.objects.select_related("root_page"), key=lambda site: (not site.is_default_site, site.pk)
    )
    for author in Author.objects.filter(site=None):
        article = ArticlePage.objects.filter(author=author).order_by("path").first()
        holding = [site for site in sites if article and article.path.startswith(site.root_page.path)]
        site = (holding or sites or [None])[0]
        if site is None:
            raise RuntimeError("An author needs a site, and this installation has none.")
        author.site = site
        author.save(update_fields=["site"])


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
