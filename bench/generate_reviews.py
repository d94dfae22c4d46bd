#!/usr/bin/env python3
"""Writes N synthetic plain-text reviews (1-6 KB) for indexing benchmarks.

Usage: bench/generate_reviews.py OUTDIR N [SEED]

The words come from a fixed vocabulary with a Zipf-like distribution, each file has a
`TITLE by Author` heading and a few year mentions, so that extraction does its full work.
Deterministic for a given seed.
"""
import os
import random
import sys

WORDS = """the of and a to in was his that he it with as for had on by at her which from they this be
not but were all she or an have one their we there been who would when so no more if out up into
them what said some could him time than then now my only its other over new any these two may like
very our after first also made well way years back where much before war city winter siege army
novel story history family river soldiers hunger letters court king queen empire revolution church
village doctor prison camp train ship harbour garden palace battle peace bread snow fire bridge
mother father brother sister friend enemy stranger priest teacher writer poet painter spy general
memory silence journey border archive diary chronicle trial verdict exile return betrayal faith""".split()
NAMES = "Anna Andrei Kolya Thomas Mary Hilary Helen Vasily Pat Antony Sarah Umberto Leo Ivan".split()
SURNAMES = "Dunmore Mantel Grossman Barker Beevor Waters Eco Tolstoy Solzhenitsyn Harris Follett".split()


def sentence(rng):
    words = [WORDS[min(int(rng.paretovariate(1.1)) - 1, len(WORDS) - 1)] for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.15:
        words.insert(rng.randint(0, len(words)), str(rng.randint(1500, 1990)))
    if rng.random() < 0.2:
        words.insert(rng.randint(0, len(words)), rng.choice(NAMES))
    return " ".join(words).capitalize() + "."


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        target = rng.randint(1000, 6000)
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))).upper()
        paragraphs, size = [], 0
        while size < target:
            paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 7)))
            paragraphs.append(paragraph)
            size += len(paragraph)
        author = f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}"
        with open(os.path.join(out, f"review-{i:06d}.txt"), "w") as f:
            f.write(f"{title} by {author}\n\n" + "\n\n".join(paragraphs) + "\n")


if __name__ == "__main__":
    main()
