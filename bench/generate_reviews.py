#!/usr/bin/env python3
"""Writes N synthetic reviews (1-6 KB of text each) in mixed formats for benchmarks.

The vocabulary is learned from the project's own sample reviews (corpus/, the words and how
often they occur) and sampled by frequency, so the texts have the shape of real reviews'
vocabulary. The words the benchmarks' queries use are placed apart, in as many reviews as hold
them in real collections: QUERY_WORD_SHARE is the share of the development set's 610 reviews
(eval/realworld) that holds each stem, at least 1%, and a review that holds a word holds it one
to a few times, as real reviews come back to their subject. Sampled with the rest of the
vocabulary instead, as --dense does (and as this script did before), every query word is in
45-86% of the reviews, so every search weighs and counts half the collection: a stress case,
not a typical one. Each review has a title and
an author, a few year and era mentions, and comes in one of the formats Lectern reads, as a
collection of a blog and its exports would: six in ten plain text with a `TITLE by Author`
heading, two in ten Markdown with YAML front matter (title, author, date, rating), one in ten a
saved HTML page with navigation and a footer, one in ten JSON. --plain writes only plain text
(the format bare Xapian loops and omindex read alike). Deterministic for a given seed.

Usage: bench/generate_reviews.py OUTDIR N [SEED] [--plain] [--dense]
"""
import html
import itertools
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")

# Words the query benchmarks (search_latency.cc, serve_mix.lua) search for: always present.
QUERY_WORDS = """war city winter siege army novel story history family river soldiers hunger letters court
king queen empire revolution church village doctor prison camp train ship harbour garden palace battle
peace bread snow fire bridge mother father brother sister friend enemy stranger priest teacher writer poet
painter spy general memory silence journey border archive diary chronicle trial verdict exile return
betrayal faith""".split()
# Share of the reviews holding each query word's stem in the development set (eval/realworld,
# 610 reviews of 11 collections, counted in their Lectern indexes); words not listed, and
# rarer ones, are in 1% of the reviews.
QUERY_WORD_SHARE = {"story": 0.356, "novel": 0.179, "history": 0.084, "war": 0.069, "family": 0.052,
                    "king": 0.044, "journey": 0.043, "city": 0.039, "battle": 0.033, "general": 0.031,
                    "mother": 0.028, "empire": 0.021, "memory": 0.018, "peace": 0.015, "soldiers": 0.013,
                    "faith": 0.013, "winter": 0.011, "queen": 0.011}
MIN_QUERY_WORD_SHARE = 0.01
FALLBACK = """the of and a to in was his that he it with as for had on by at her which from they this be
not but were all she or an have one their we there been who would when so no more if out up into""".split()
NAMES = "Anna Andrei Kolya Thomas Mary Hilary Helen Vasily Pat Antony Sarah Umberto Leo Ivan".split()
SURNAMES = "Dunmore Mantel Grossman Barker Beevor Waters Eco Tolstoy Solzhenitsyn Harris Follett".split()
ERAS = ["during the Second World War", "in the 1930s", "after the First World War", "under Stalin",
        "in Victorian London", "during the French Revolution", "in the nineteenth century", "in the Cold War"]


def learned_vocabulary(dense):
    """(words, weights): corpus/ words by frequency; the query words among them when `dense`."""
    counts = Counter()
    for root, _, files in os.walk(CORPUS):
        for name in files:
            try:
                with open(os.path.join(root, name), encoding="utf-8", errors="ignore") as f:
                    text = re.sub(r"<[^>]+>", " ", f.read())
            except OSError:
                continue
            counts.update(w.lower() for w in re.findall(r"[A-Za-z]{2,20}|\b[aAI]\b", text))
    for word in FALLBACK:
        counts[word] += 1
    for word in QUERY_WORDS:
        if dense:
            counts[word] = max(counts[word], 20)
    if not dense:  # the query words and their other forms (kings, spying, spies) are placed apart
        irregular = {w[:-1] + "ies" for w in QUERY_WORDS if w.endswith("y")}
        for word in list(counts):
            if word in irregular or any(word.startswith(q) for q in QUERY_WORDS):
                del counts[word]
    words = sorted(counts)  # a fixed order, whatever the file system's
    return words, [counts[w] for w in words]


class Writer:
    def __init__(self, rng, words, weights, dense):
        self.rng, self.words, self.dense = rng, words, dense
        self.cumulative = list(itertools.accumulate(weights))  # once: choices() would sum them per call

    def sentence(self):
        rng = self.rng
        words = rng.choices(self.words, cum_weights=self.cumulative, k=rng.randint(8, 22))
        if rng.random() < 0.15:
            words.insert(rng.randint(0, len(words)), str(rng.randint(1500, 1990)))
        if rng.random() < (0.05 if self.dense else 0.02):  # half the eras name a war: a review names one or two
            words.insert(rng.randint(0, len(words)), rng.choice(ERAS))
        if rng.random() < 0.2:
            words.insert(rng.randint(0, len(words)), rng.choice(NAMES))
        return " ".join(words).capitalize() + "."

    def title_words(self, count):
        return [w for w in self.rng.choices(self.words, cum_weights=self.cumulative, k=count * 3) if len(w) > 3][:count]

    def paragraphs(self, target):
        rng = self.rng
        sentences, size = [], 0
        while size < target:
            sentences.append(self.sentence())
            size += len(sentences[-1]) + 1
        if not self.dense:
            for word in QUERY_WORDS:
                if rng.random() < max(QUERY_WORD_SHARE.get(word, 0), MIN_QUERY_WORD_SHARE):
                    for _ in range(1 + min(int(rng.expovariate(0.7)), 6)):
                        at = rng.randrange(len(sentences))
                        sentences[at] = sentences[at][:-1] + " " + word + "."
        out = []
        while sentences:
            take = rng.randint(3, 7)
            out.append(" ".join(sentences[:take]))
            sentences = sentences[take:]
        return out


def write_review(out, i, writer, plain):
    rng = writer.rng
    if writer.dense:
        title = " ".join(rng.choice(QUERY_WORDS) for _ in range(rng.randint(1, 4)))
    else:  # a query word and other words, as real titles are mostly words nobody searches for
        title = " ".join([rng.choice(QUERY_WORDS)] + writer.title_words(rng.randint(0, 3)))
    author = f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}"
    paragraphs = writer.paragraphs(rng.randint(1000, 6000))
    date = f"{rng.randint(2005, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    kind = 0 if plain else i % 10
    base = os.path.join(out, f"review-{i:06d}")
    if kind < 6:
        with open(base + ".txt", "w") as f:
            f.write(f"{title.upper()} by {author}\n\n" + "\n\n".join(paragraphs) + "\n")
    elif kind < 8:
        with open(base + ".md", "w") as f:
            f.write(f"---\ntitle: {title.title()}\nauthor: {author}\ndate: {date}\nrating: {rng.randint(1, 5)}\n---\n\n"
                    + "\n\n".join(paragraphs) + "\n")
    elif kind < 9:
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
        with open(base + ".html", "w") as f:
            f.write(f"<!DOCTYPE html><html><head><title>{title.title()} | A Reading Blog</title></head><body>\n"
                    f"<nav><a href=\"/\">Home</a> <a href=\"/about\">About</a> <a href=\"/archive\">Archive</a></nav>\n"
                    f"<article><h1>{title.title()} by {author}</h1>\n<time datetime=\"{date}\">{date}</time>\n{body}"
                    f"</article>\n<footer>&copy; 2024 A Reading Blog. Leave a comment below.</footer></body></html>\n")
    else:
        with open(base + ".json", "w") as f:
            json.dump({"title": title.title(), "author": author, "date": date, "text": "\n\n".join(paragraphs)}, f)


def main():
    args = [a for a in sys.argv[1:] if a not in ("--plain", "--dense")]
    plain = "--plain" in sys.argv[1:]
    dense = "--dense" in sys.argv[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    out, count = args[0], int(args[1])
    rng = random.Random(int(args[2]) if len(args) > 2 else 1)
    os.makedirs(out, exist_ok=True)
    writer = Writer(rng, *learned_vocabulary(dense), dense)
    for i in range(count):
        write_review(out, i, writer, plain)


if __name__ == "__main__":
    main()
