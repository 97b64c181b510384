from .consultation import DraftComment, DraftConsultationPage
from .lists import PublicHoliday, SubmissionField
from .pages import ParticipationPage
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
    "ParticipationPage",
    "PublicHoliday",
    "Rating",
    "ReceiptCounter",
    "State",
    "Submission",
    "SubmissionField",
    "SubmissionPhoto",
]
