"""`make run` for a newcomer whose port 8000 is taken."""

import socket
import subprocess
import sys
from pathlib import Path

from django.conf import settings

RUN_DEV = Path(settings.BASE_DIR) / "scripts" / "run_dev.py"


def test_a_taken_port_is_refused_in_vietnamese_with_the_way_out():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, str(RUN_DEV), f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=60
        )

    assert result.returncode == 1
    assert f"Cổng {port} đang được một chương trình khác dùng" in result.stderr
    assert f"make run PORT={port + 1}" in result.stderr
