"""The public record's pages dropped from the front cache when an item is published or
unpublished: the listing (every query string), its open data, the statistics and the
item's own page, in every language."""

from core.front_cache import in_every_language, purge_urls


def purge_public_record(submission):
    page = submission.page.specific

    def build():
        url = page.get_full_url()
        if url is None:
            return []
        paths = [*page.get_cached_paths(), f"/hoi-dap/{submission.pk}/"]
        return [url + path.lstrip("/") for path in paths]

    purge_urls(in_every_language(build))
