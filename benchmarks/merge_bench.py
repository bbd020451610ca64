"""Cross-document merging on the ECB+ benchmark (development half): pairwise precision, recall, false merges.

    python benchmarks/merge_bench.py                     # ../shared/corpora/merge, about a minute
    python benchmarks/merge_bench.py --show 5            # also 5 merged pairs judged different, 5 judged same
    python benchmarks/merge_bench.py --corpus DIR        # another copy of the benchmark (e.g. the unseen half)

Runs the benchmark's own runner (`run_merge_dev.sh`: `python -m timeline extract` over its documents, once
merged and once with nothing merged) and its scorer, with this checkout's `timeline` first on the path, and
prints the scorer's report; its last line is the summary (see the benchmark's README for what each figure
means). Targets (issue 10): precision >= 0.90, false merges on the sibling trap <= 0.05, recall >= 0.70.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "merge"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding run_merge_dev.sh")
    parser.add_argument("--show", type=int, default=0, help="list N merged pairs judged different and N same")
    args = parser.parse_args()
    runner = args.corpus / "run_merge_dev.sh"
    if not runner.is_file():
        print(f"merge_bench: no benchmark at {args.corpus} (run_merge_dev.sh missing)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        environment = dict(os.environ, OUT=folder, PYTHON=sys.executable,
                           PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        extra = ["--show", str(args.show)] if args.show else []
        done = subprocess.run(["bash", str(runner), *extra], cwd=ROOT, env=environment, text=True,
                              capture_output=True)
    if done.returncode:
        print(done.stderr.strip(), file=sys.stderr)
        return done.returncode
    print("\n".join(line for line in done.stdout.splitlines() if not line.startswith("rows: ")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
