"""Mail leaves through the task queue, never from inside a request.

With EMAIL_BACKEND = "core.mail.QueuedEmailBackend", every message any code sends
(send_mail, Wagtail's moderation notices, password resets) becomes a `deliver_email`
task once the transaction commits, and the worker hands it to EMAIL_DELIVERY_BACKEND
(SMTP in production). A mail server that refuses, fails or hangs past EMAIL_TIMEOUT costs
a retry later (core.tasks), not a request; when the retries run out an error is logged
and the message stays in the task's row.

The message travels as JSON: its fields, its alternatives and its attachments (bytes in
base64). Its Date and Message-ID are fixed when it is queued, so each retry sends the same
message. Attachments given as MIME objects cannot be queued (nothing in the portal sends
them)."""

import base64
from email.mime.base import MIMEBase
from email.utils import formatdate, make_msgid

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.utils import DNS_NAME

from .tasks import enqueue_on_commit, retrying_task

# What a mail server that refuses, fails or hangs raises: smtplib's errors, refused
# connections and timeouts are all OSErrors.
MAIL_ERRORS = (OSError,)


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            message.message()  # a bad header fails here, in the sender's code, as with any backend
            enqueue_on_commit(deliver_email, as_json(message))
            queued += 1
        return queued


@retrying_task(retry_on=MAIL_ERRORS)
def deliver_email(message):
    with get_connection(settings.EMAIL_DELIVERY_BACKEND) as connection:
        return connection.send_messages([from_json(message)])


def as_json(message):
    headers = {name: str(value) for name, value in message.extra_headers.items()}
    names = {name.lower() for name in headers}
    if "date" not in names:
        headers["Date"] = formatdate(localtime=settings.EMAIL_USE_LOCALTIME)
    if "message-id" not in names:
        headers["Message-ID"] = make_msgid(domain=DNS_NAME)
    return {
        # What a person reading the log of a failed delivery needs first.
        "to": list(message.to),
        "subject": str(message.subject),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "from_email": str(message.from_email),
        "body": str(message.body),
        "headers": headers,
        "encoding": message.encoding,
        "content_subtype": message.content_subtype,
        "mixed_subtype": message.mixed_subtype,
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [attachment_as_json(attachment) for attachment in message.attachments],
    }


def attachment_as_json(attachment):
    if isinstance(attachment, MIMEBase):
        raise ValueError("An attachment given as a MIME object cannot be queued: attach its content instead.")
    filename, content, mimetype = attachment
    if isinstance(content, bytes):
        return {
            "filename": filename,
            "base64": base64.b64encode(content).decode("ascii"),
            "mimetype": mimetype,
        }
    return {"filename": filename, "text": content, "mimetype": mimetype}


def from_json(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=data["alternatives"],
    )
    message.encoding = data["encoding"]
    message.content_subtype = data["content_subtype"]
    message.mixed_subtype = data["mixed_subtype"]
    for attachment in data["attachments"]:
        content = base64.b64decode(attachment["base64"]) if "base64" in attachment else attachment["text"]
        message.attach(attachment["filename"], content, attachment["mimetype"])
    return message
