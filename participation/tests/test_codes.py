"""Receipt codes stay unique when residents send at the same moment."""

import threading

import pytest
from django.db import close_old_connections, connection, transaction

from participation.codes import receipt_code
from participation.models import Kind

SENDERS = 4
EACH = 5


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_senders_never_share_a_code():
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith("file:memorydb"):
        pytest.skip("an in-memory SQLite database is not shared between threads")
    codes, errors = [], []
    start = threading.Barrier(SENDERS)

    def send():
        try:
            start.wait()
            for _number in range(EACH):
                with transaction.atomic():
                    codes.append(receipt_code(Kind.FEEDBACK, 2026))
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=send) for _sender in range(SENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(codes) == [f"PA-2026-{number:06d}" for number in range(1, SENDERS * EACH + 1)]


@pytest.mark.django_db
def test_each_year_starts_again_from_one():
    assert receipt_code(Kind.QUESTION, 2026) == "HD-2026-000001"
    assert receipt_code(Kind.QUESTION, 2026) == "HD-2026-000002"
    assert receipt_code(Kind.QUESTION, 2027) == "HD-2027-000001"
