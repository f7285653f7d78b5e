"""Refusing hostile packs: how long and how much memory, beside a floor measured in the same run.

The floor is verifying a valid pack of the real data (every check, its 6.7 MB database streamed, hashed and
integrity-checked). Each hostile pack is refused by ``fiitdesk pack verify`` in its own process; the figures
are that process's wall time and peak resident memory (VmHWM, read by the process itself), medians of
``--repeat`` runs. Targets (issue 12): every refusal under a few seconds and under 100 MB.

    python bench/packs.py [--json] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fiitdesk.kit import packs  # noqa: E402
from fiitdesk.kit.build import build_database  # noqa: E402
from tests import packmaker  # noqa: E402  (the very packs tests/kit/test_pack_attacks.py refuses)

#: The child: the bench's database as the program's own (the reference a pack is compared with), then
#: ``fiitdesk pack verify``, then its own peak memory on the last line of stderr.
CHILD = """
import os, sys
from pathlib import Path
import fiitdesk.paths
fiitdesk.paths.default_db_path = lambda: Path(os.environ["BENCH_DB"])
from fiitdesk.cli import main
try:
    status = main(sys.argv[1:])
finally:
    peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print("peak-kb", peak.split()[1], file=sys.stderr)
sys.exit(status)
"""

def cases(folder: Path, database: Path) -> tuple[dict[str, Path], Path]:
    """The floor and the hostile packs of tests/kit/test_pack_attacks.py, and the trusted keys' folder."""
    trusted = folder / "trusted"
    private, _ = packs.generate_keys(trusted)
    stranger, _ = packs.generate_keys(folder / "stranger")
    found = {"floor: valid pack (real data)": folder / "valid.fiitpack"}
    packs.build_pack(database, private, found["floor: valid pack (real data)"])
    zero = folder / "zero.fiitpack"
    zero.symlink_to("/dev/zero")
    fifo = folder / "fifo.fiitpack"
    os.mkfifo(fifo)
    truncated = folder / "truncated.fiitpack"
    truncated.write_bytes(found["floor: valid pack (real data)"].read_bytes()[:-5000])
    found.update({
        "symlink to /dev/zero": zero,
        "FIFO": fifo,
        "50 MB manifest (deflated)": packmaker.huge_manifest_pack(folder / "huge.fiitpack"),
        "manifest nested 1500 deep": packmaker.nested_manifest_pack(folder / "nested.fiitpack"),
        "truncated valid pack": truncated,
        f"{packmaker.ZEROS_MB} MB database, unknown key": packmaker.zero_database_pack(
            folder / "stranger.fiitpack", stranger, stranger.name.split("-")[1].split(".")[0]),
        f"{packmaker.ZEROS_MB} MB database, trusted key, not SQLite": packmaker.zero_database_pack(
            folder / "zeros.fiitpack", private, next(iter(packs.load_public_keys(trusted)))),
    })
    return found, trusted


def measure(pack: Path, trusted: Path, database: Path, home: Path) -> tuple[float, float, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BENCH_DB": str(database), "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "TMPDIR": str(home)}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", CHILD, "pack", "verify", str(pack), "--keys", str(trusted)],
                            capture_output=True, text=True, env=env, timeout=300)
    elapsed = time.perf_counter() - start
    peak = int(result.stderr.strip().splitlines()[-1].split()[1]) / 1024
    return elapsed, peak, result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="fiitdesk-bench-packs-") as tmp:
        folder = Path(tmp)
        database = folder / "fiit.db"
        build_database(ROOT / "data" / "kit", database)
        found, trusted = cases(folder, database)
        for name, pack in found.items():
            runs = [measure(pack, trusted, database, folder) for _ in range(args.repeat)]
            expected = 0 if name.startswith("floor") else 1
            if any(code != expected for _, _, code in runs):
                print(f"{name}: unexpected exit status {[code for _, _, code in runs]}", file=sys.stderr)
                return 1
            figures[name] = {"seconds": round(statistics.median(r[0] for r in runs), 3),
                             "peak_mb": round(statistics.median(r[1] for r in runs), 1)}
    floor = figures["floor: valid pack (real data)"]
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print(f"{'pack':48} {'seconds':>8} {'× floor':>8} {'peak MB':>8}")
        for name, figure in figures.items():
            print(f"{name:48} {figure['seconds']:8.2f} {figure['seconds'] / floor['seconds']:8.2f} "
                  f"{figure['peak_mb']:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
