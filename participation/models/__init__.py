from .consultation import DraftComment, DraftConsultationPage
from .lists import PublicHoliday, SubmissionField
from .pages import ParticipationPage
from .site_feedback import PageUsefulness, PageVote
from .submissions import (
    Event,
    Kind,
    LookupFailure,
    Rating,
    ReceiptCounter,
    State,
    Submission,
    SubmissionPhoto,
)

__all__ = [
    "DraftComment",
    "DraftConsultationPage",
    "Event",
    "Kind",
    "LookupFailure",
    "PageUsefulness",
    "PageVote",
    "ParticipationPage",
    "PublicHoliday",
    "Rating",
    "ReceiptCounter",
    "State",
    "Submission",
    "SubmissionField",
    "SubmissionPhoto",
]
