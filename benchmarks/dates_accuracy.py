"""Date accuracy: MUC-4 incident dates and TempEval-3 platinum, eventwire beside dateparser.

Both systems read the same sentences against the same anchor (the MUC-4 dateline, the
TempEval document creation time) in one run; see `eventwire.dates.evaluate` for how each
is scored. Target (issue 4): 95% exact on MUC-4 incident dates.

    python benchmarks/dates_accuracy.py [--limit 300] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from eventwire.dates.evaluate import measure_muc4, measure_tempeval, muc4_folder

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N MUC-4 templates")
    args = parser.parse_args()
    started = time.perf_counter()
    ours, base = measure_muc4(muc4_folder(args.data), args.limit)
    seconds = time.perf_counter() - started
    print(f"MUC-4 incident dates ({ours.total} dated templates, {seconds:.0f} s)")
    for name, score in (("eventwire", ours), ("dateparser", base)):
        print(
            f"  {name:<10} exact {score.exact}/{score.total} = {score.accuracy:.1%};"
            f" within gold {score.within}/{score.total};"
            f" 'on or before' respected {score.before_ok}/{score.before_total}"
        )
    platinum = args.data / "tempeval3" / "Evaluation" / "te3-platinum"
    (c1, total), (c2, _) = measure_tempeval(platinum)
    print(f"TempEval-3 platinum DATE values ({total})")
    print(f"  eventwire  {c1}/{total} = {c1 / total:.1%}")
    print(f"  dateparser {c2}/{total} = {c2 / total:.1%}")


if __name__ == "__main__":
    main()
