"""The public record's pages dropped from the front cache when an item is published or
unpublished (the listing, with every query string, its open data, the statistics and
the item's own page), or when a rating changes the item's page alone; in every language."""

from core.front_cache import in_every_language, purge_urls


def purge_public_record(submission):
    """The listing, open data and statistics that show the answer, and its own page."""
    page = submission.page.specific
    purge_paths_of(page, [*page.get_cached_paths(), answer_path(submission)])


def purge_answer_page(submission):
    """Only the answer's own page: a rating changes nothing else that readers see."""
    purge_paths_of(submission.page.specific, [answer_path(submission)])


def answer_path(submission):
    return f"/hoi-dap/{submission.pk}/"


def purge_paths_of(page, paths):
    def build():
        url = page.get_full_url()
        return [] if url is None else [url + path.lstrip("/") for path in paths]

    purge_urls(in_every_language(build))
