"""Servers a test starts for itself on a free local port, and stops: the front cache
(Varnish, with the VCL the deployment ships) and a Redis it can kill.

Where the program is missing the test is skipped with the reason, except under CI
(REQUIRE_SERVICES=1, set by .ci/run, which installs them), where that is a failure."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings

SHIPPED_VCL = Path(settings.BASE_DIR) / "deploy" / "varnish" / "portal.vcl"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} stopped: {process.stdout.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{process.args[0]} did not listen on port {port}")


def program(name, package):
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if path is None:
        reason = f"{name} is not installed (apt-get install {package})"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(f"REQUIRE_SERVICES=1 but {reason}")
        pytest.skip(reason)
    return path


@contextmanager
def running(args, port):
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_port(port, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def varnish_in_front_of(backend_port):
    """The shipped VCL, its backend pointed at `backend_port`; yields Varnish's port."""
    varnishd = program("varnishd", "varnish")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="portal-varnish-") as workdir:
        os.chmod(workdir, 0o755)  # varnishd drops its privileges
        vcl = Path(workdir) / "portal.vcl"
        vcl.write_text(SHIPPED_VCL.read_text().replace('.port = "8001";', f'.port = "{backend_port}";'))
        vcl.chmod(0o644)
        args = [varnishd, "-F", "-n", f"{workdir}/state", "-a", f"127.0.0.1:{port}"]
        args += ["-T", "127.0.0.1:0", "-f", str(vcl), "-s", "malloc,64m"]
        with running(args, port):
            yield port


@contextmanager
def redis_server():
    """A Redis of the test's own; yields (port, process) so that the test can stop it."""
    redis = program("redis-server", "redis-server")
    port = free_port()
    with running(
        [redis, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], port
    ) as p:
        yield port, p
