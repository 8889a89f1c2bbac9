"""Speed, memory and scaling of policyparse, as ratios against bare pkuseg segmentation.

    python benchmarks/bench.py [--corpus DIR] [--repeat 3]

Reference (measured in the same run): spaCy's Chinese tokenizer with the pkuseg model alone.
Reports chars/s of each path, the full pipeline's cost as a multiple of the reference, the
rule stages alone (no tokenizer), and each stage's growth of run time from 1x to 4x input.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts(corpus: Path | None) -> list[str]:
    if corpus and corpus.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _stage_time(text: str, stage: str) -> float:
    """Seconds of one stage alone, its prerequisites run first and not counted."""
    from policyparse.rules.context import Context
    from policyparse.stages import closure, run_stage

    ctx = Context(text=text)
    for name in closure([stage])[:-1]:
        run_stage(name, ctx)
    t0 = time.perf_counter()
    run_stage(stage, ctx)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from policyparse import load_pipeline, parse_speech
    from policyparse.stages import STAGES, run

    texts = _texts(args.corpus)
    chars = sum(map(len, texts))
    nlp = load_pipeline("pkuseg")
    nlp_char = load_pipeline("char")

    ref = _best(lambda: [nlp.tokenizer(t) for t in texts], args.repeat)
    full = _best(lambda: [parse_speech(t, nlp=nlp) for t in texts], args.repeat)
    char = _best(lambda: [parse_speech(t, nlp=nlp_char) for t in texts], args.repeat)
    rules = _best(lambda: [run(t, list(STAGES), detect_date=True) for t in texts], args.repeat)

    print(f"corpus: {len(texts)} docs, {chars} chars")
    print(f"{'path':<34}{'chars/s':>10}{'x reference':>13}")
    for name, secs in [("pkuseg segmentation (reference)", ref), ("parse_speech, pkuseg", full),
                       ("parse_speech, char", char), ("rule stages only", rules)]:
        print(f"{name:<34}{chars / secs:>10.0f}{secs / ref:>13.2f}")

    # Scaling per stage: the whole corpus as one text, then four copies of it (linear ≈ 4).
    big = "\n".join(texts)
    print(f"scaling per stage, {len(big)} -> {4 * len(big)} chars (linear = 4.0):")
    for stage in STAGES:
        t1 = _stage_time(big, stage)
        t4 = _stage_time(big * 4, stage)
        print(f"  {stage:<14}{t1:8.2f} s {t4:8.2f} s   x{t4 / max(t1, 1e-9):.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB (both pipelines loaded)")


if __name__ == "__main__":
    main()
