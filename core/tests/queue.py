"""What the tests of the task queue run: the real worker, and mail servers on loopback.

`run_worker` runs django-tasks-db's `db_worker` command in batch mode: every task that is
ready, then it stops. A hung mail server accepts connections and never says a word; a
mail sink is a real SMTP server (aiosmtpd) that keeps what it receives."""

import contextlib
import email
import email.policy
import io
import signal
import socket
import threading

from aiosmtpd.controller import Controller
from django.core.management import call_command

LOOPBACK = "127.0.0.1"
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
WORKER_SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]


def use_task_queue(settings):
    """The production arrangement (with pytest-django's `settings`): tasks stored in the
    database, mail queued as tasks and delivered over SMTP on loopback."""
    settings.TASKS = DATABASE_BACKEND
    settings.EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = LOOPBACK
    settings.EMAIL_TIMEOUT = 1


def run_worker():
    """Runs the worker until no task is ready; gives back the signal handlers it takes."""
    handlers = {number: signal.getsignal(number) for number in WORKER_SIGNALS}
    try:
        call_command(
            "db_worker", batch=True, reload=False, startup_delay=False, queue_name="*", stdout=io.StringIO()
        )
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)


def free_port():
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def hung_mail_server(port):
    """Accepts every connection on the port and never answers."""
    listener = socket.create_server((LOOPBACK, port))
    held = []

    def accept():
        with contextlib.suppress(OSError):  # the listener was closed: the server stops
            while True:
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield
    finally:
        listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        thread.join(timeout=5)
        for connection in held:
            connection.close()


class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        # Lines end in CRLF on the wire, in LF in a mailbox file.
        content = envelope.original_content.replace(b"\r\n", b"\n")
        message = email.message_from_bytes(content, policy=email.policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


@contextlib.contextmanager
def mail_sink(port):
    """A real SMTP server on the port; yields the mailbox of (sender, recipients, message)."""
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname=LOOPBACK, port=port)
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()
