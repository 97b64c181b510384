"""`make run`: Django's development server and the task worker side by side.

Ctrl-C (or the end of either) stops both. Each runs in a process group of its own, so that
stopping it also stops the process that Django's autoreloader starts under it.
Usage: python scripts/run_dev.py [address:port]"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start(*arguments):
    return subprocess.Popen(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, stdin=subprocess.DEVNULL, process_group=0
    )


def stop(process):
    with contextlib.suppress(ProcessLookupError):  # the whole group has already ended
        os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def port_is_free(host, port):
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def main(address="127.0.0.1:8000"):
    host, _, port = address.rpartition(":")
    if not port_is_free(host, int(port)):
        print(
            f"Cổng {port} đang được một chương trình khác dùng. Chạy trên cổng khác, ví dụ: make run PORT={int(port) + 1}",
            file=sys.stderr,
        )
        return 1
    # Also when started where Ctrl-C is ignored (a background job): the children inherit that.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(0))
    processes = {
        "runserver": start("runserver", address),
        "db_worker": start("db_worker", "--queue-name", "*", "--verbosity", "0"),
    }
    try:
        while all(process.poll() is None for process in processes.values()):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes.values():
            stop(process)
    for name, process in processes.items():
        if process.returncode not in (0, -signal.SIGINT):
            print(f"{name} đã dừng với mã {process.returncode}.", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
