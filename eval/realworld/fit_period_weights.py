#!/usr/bin/env python3
"""Fit the period reader's weights (indexer/data/period_weights.tsv) on the development set.

A coordinate search: each weight in turn is tried at a few multiples of its value (and a few
absolute values when it is 0); a change is kept when it gets more periods right on the labels
being fitted, without letting the reviews that have no period fall below 0.95 right. Each trial
runs `lectern inspect --json --period-weights FILE` over the labelled files (score.py's layout
and scoring), so the fitted weights are exactly what the binary would use.

Because a fit on 336 labels can learn the set rather than the task, the script first checks
itself: it fits on half of the collections and scores the other half, both ways round, and
prints the held-out figures beside those of the built-in weights. Then it fits on all the
labels and writes the result (OUT, default eval/realworld/period_weights.fitted.tsv). Adopt it
only when the held-out figures say the fit generalises: copy it over
indexer/data/period_weights.tsv.

Usage: eval/realworld/fit_period_weights.py MIRROR_DIR [--lectern BIN] [--out OUT]
                                              [--rounds N] [--jobs N]
Python 3 standard library only; about 10 minutes on 2 cores.
"""

import argparse
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402  (score.py beside this file)

ROOT = score.ROOT
WEIGHTS_FILE = os.path.join(ROOT, "indexer", "data", "period_weights.tsv")
NULL_FLOOR = 0.95
# Weights that are counts of years are tried at whole numbers.
WHOLE = {"publication_shadow", "story_adjacency", "vague_width", "min_outlier_gap", "min_flashback_gap"}


def read_weights(path):
    """The name -> value pairs of a weights file, in file order."""
    weights = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, value = line.split("\t")
            weights[name] = float(value)
    return weights


def write_weights(weights, path, comment=""):
    with open(path, "w", encoding="utf-8") as f:
        if comment:
            for line in comment.splitlines():
                f.write(f"# {line}\n")
        for name, value in weights.items():
            f.write(f"{name}\t{int(value) if name in WHOLE else round(value, 4)}\n")


class Evaluator:
    """Scores a set of weights on some labels; remembers what it has scored."""

    def __init__(self, lectern, tmp, jobs):
        self.lectern, self.tmp, self.jobs, self.runs = lectern, tmp, jobs, 0
        self.cache = {}

    def __call__(self, weights, labels):
        key = (tuple(sorted(weights.items())), id(labels))
        if key in self.cache:
            return self.cache[key]
        path = os.path.join(self.tmp, "trial.tsv")
        write_weights(weights, path)
        score.inspect_all(labels, self.lectern, ["--period-weights", path], quiet=True, jobs=self.jobs)
        score.score_labels(labels)
        figures = score.tally(labels)
        self.runs += 1
        result = (figures["period_gold_set"]["correct"], figures["period_gold_set"]["total"],
                  figures["period_gold_null"]["correct"], figures["period_gold_null"]["total"])
        self.cache[key] = result
        return result


def objective(result):
    """Periods right, or -1 when the reviews without a period fall below the floor."""
    set_right, _, null_right, null_total = result
    if null_total and null_right / null_total < NULL_FLOOR:
        return -1
    return set_right + null_right


def candidates(name, value):
    if value == 0:
        tries = [0.25, 0.5, 1.0]
    else:
        tries = [value * f for f in (0.5, 0.75, 1.25, 1.5, 2.0)] + [0.0]
    if name in WHOLE:
        tries = sorted({max(0, round(t)) for t in tries} - {round(value)})
    return [t for t in tries if t != value]


def fit(weights, labels, evaluate, rounds, log):
    best = dict(weights)
    best_score = objective(evaluate(best, labels))
    for round_number in range(1, rounds + 1):
        improved = False
        for name in list(best):
            for value in candidates(name, best[name]):
                trial = dict(best, **{name: value})
                trial_score = objective(evaluate(trial, labels))
                if trial_score > best_score:
                    log(f"    round {round_number}: {name} {best[name]:g} -> {value:g}: {best_score} -> {trial_score}")
                    best, best_score, improved = trial, trial_score, True
        if not improved:
            break
    return best


def show(result):
    set_right, set_total, null_right, null_total = result
    return (f"with a period {set_right}/{set_total} ({set_right / max(1, set_total):.2f}), "
            f"without {null_right}/{null_total} ({null_right / max(1, null_total):.2f})")


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("mirror_dir")
    p.add_argument("--lectern")
    p.add_argument("--out", default=os.path.join(score.HERE, "period_weights.fitted.tsv"))
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = p.parse_args(argv)
    lectern = score.find_lectern(args.lectern)
    labels = score.load_labels(os.path.join(score.HERE, "labels"))
    tmp = tempfile.mkdtemp(prefix="lectern-fit-")
    log = lambda text: print(text, flush=True)  # noqa: E731
    try:
        score.lay_out(labels, os.path.abspath(args.mirror_dir), tmp)
        evaluate = Evaluator(lectern, tmp, args.jobs)
        built_in = read_weights(WEIGHTS_FILE)
        collections = sorted({l["collection"] for l in labels})
        halves = [set(collections[0::2]), set(collections[1::2])]
        log("Held-out check: fit on half of the collections, score the other half.")
        for k, fit_on in enumerate(halves):
            train = [l for l in labels if l["collection"] in fit_on]
            test = [l for l in labels if l["collection"] not in fit_on]
            log(f"  fold {k + 1}: fit on {', '.join(sorted(fit_on))}")
            fitted = fit(built_in, train, evaluate, args.rounds, log)
            log(f"    held out, built-in weights: {show(evaluate(built_in, test))}")
            log(f"    held out, fitted weights:   {show(evaluate(fitted, test))}")
        log("Fit on every collection:")
        fitted = fit(built_in, labels, evaluate, args.rounds, log)
        log(f"  built-in weights: {show(evaluate(built_in, labels))}")
        log(f"  fitted weights:   {show(evaluate(fitted, labels))}")
        changed = {n: (built_in[n], v) for n, v in fitted.items() if v != built_in[n]}
        log("  changed: " + (", ".join(f"{n} {a:g} -> {b:g}" for n, (a, b) in changed.items()) or "nothing"))
        write_weights(fitted, args.out, "Fitted by eval/realworld/fit_period_weights.py on the development set.\n"
                      "Compare with indexer/data/period_weights.tsv before adopting (see the script's docstring).")
        log(f"wrote {args.out} ({evaluate.runs} trials)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except score.ScoreError as e:
        print(f"fit_period_weights: {e}", file=sys.stderr)
        sys.exit(2)
