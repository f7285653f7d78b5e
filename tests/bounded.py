"""Run the command line in a child process with a memory ceiling and a hang guard, and measure what it took.

For attacks that would exhaust memory or block for ever if they worked: the child gets an address-space
limit (so a failure is a MemoryError, not a machine brought down) and is killed after ``timeout`` seconds
(so a hang is a failed test, not a stuck suite). ``peak_mb`` is the child's own peak resident memory, read
by the child itself from the kernel (``VmHWM``) — a property of the run, not a timing.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

#: The child trusts the keys in FIITDESK_TEST_KEYS: patched in the child by the test, never a program option.
TRUSTING = """
import os, sys
from pathlib import Path
if os.environ.get("FIITDESK_TEST_KEYS"):
    import fiitdesk.paths
    fiitdesk.paths.keys_dir = lambda: Path(os.environ["FIITDESK_TEST_KEYS"])
if os.environ.get("FIITDESK_TEST_INSTALLED"):
    import fiitdesk.paths
    fiitdesk.paths.default_db_path = lambda: Path(os.environ["FIITDESK_TEST_INSTALLED"])
from fiitdesk.cli import main
try:
    status = main([os.fsdecode(a) for a in sys.argv[1:]])
finally:
    if os.environ.get("FIITDESK_TEST_PEAK"):  # this process's own high-water mark (reset by exec)
        peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
        Path(os.environ["FIITDESK_TEST_PEAK"]).write_text(peak.split()[1])
sys.exit(status)
"""


@dataclass
class Run:
    code: int | None  # None: killed by the hang guard
    out: str
    err: str
    peak_mb: float  # the child's own peak resident memory (VmHWM), or nan if it died before saying it
    signal: int | None = None


def run_cli(args: list[str | bytes], env: dict[str, str] | None = None, timeout: float = 60,
            memory_mb: int = 1500, file_size: int | None = None, cwd: Path | None = None) -> Run:
    """``python -c TRUSTING ARGS`` under limits; ``file_size`` limits every file the child writes (a full
    disk, for one process: writes beyond it fail with EFBIG)."""

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
        if file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    peak_file = Path(tempfile.mkdtemp(prefix="fiitdesk-peak-")) / "peak"
    child_env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                 "FIITDESK_TEST_PEAK": str(peak_file), **(env or {})}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([sys.executable, "-c", TRUSTING, *args], stdout=out, stderr=err,
                                   env=child_env, cwd=cwd, preexec_fn=limits)
        guard = threading.Timer(timeout, process.kill)
        guard.start()
        _, status, _ = os.wait4(process.pid, 0)
        guard.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        killed = os.WIFSIGNALED(status)
        peak = int(peak_file.read_text()) / 1024 if peak_file.exists() else float("nan")
        shutil.rmtree(peak_file.parent, ignore_errors=True)
        return Run(None if killed else process.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), peak, os.WTERMSIG(status) if killed else None)
