"""How a resident's phone number and e-mail address are written down and compared."""

import re

PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
VIETNAMESE_PHONE = re.compile(r"0\d{9,10}")


def normalize_phone(text):
    """ "+84 912.345.678" -> "0912345678"; None when it is no Vietnamese phone number."""
    digits = PHONE_SEPARATORS.sub("", text or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return digits if VIETNAMESE_PHONE.fullmatch(digits) else None


def same_contact(submission, contact):
    """Whether `contact` is the submission's e-mail address or phone number."""
    contact = (contact or "").strip()
    if not contact:
        return False
    if "@" in contact:
        return bool(submission.email) and submission.email.casefold() == contact.casefold()
    phone = normalize_phone(contact)
    return bool(phone) and submission.phone == phone
