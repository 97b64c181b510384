"""The published record searched with or without diacritics (core.text_search)."""

from core.text_search import folded_words, search_document


def search_text(submission):
    """The folded words a reader may look for: never the resident's name or contact."""
    return search_document(
        submission.subject, submission.field.name, submission.published_question, submission.answer
    )


def folded_text(text):
    """The words of a text without case, spacing or diacritics: to find a text sent twice."""
    return " ".join(folded_words(text))
