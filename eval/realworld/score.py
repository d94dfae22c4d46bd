#!/usr/bin/env python3
"""Score Lectern's extraction and snippets on the real-world development set.

What it measures (rules: eval/realworld/RULES.md, "Scoring"):

* Extraction. Every labelled file (labels/*.jsonl, `ref` = owner/repo@commit:path) is taken out
  of its fetched mirror with `git show COMMIT:PATH` into a temporary folder (one folder per
  collection, the repository's relative path kept), read with `lectern inspect FILE --json`, and
  the review at the label's `index` (0-based, file order) is compared with the label:
    title    exact after NFC, casefold, collapsed whitespace, typographic quotes to ASCII and
             punctuation stripped at both ends; `title` or any of `title_alternates`;
    authors  set equality of names normalised the same way (`[]` must be `[]`);
    period   both null, or overlapping spans whose two ends are each within 15 years;
    date     both null, or equal at the labelled precision (`2019-04` accepts `2019-04-28`);
    rating   both null, or within 0.25.
  A review missing at the label's index is wrong for every field. Date and rating are also
  reported over the labels whose file has one (gold not null), and period over all labels,
  gold-null labels and gold-non-null labels. Accuracy is printed overall (with the targets),
  per collection and per format.

* Snippets. Per collection, the laid-out files are indexed into a temporary database
  (`lectern --quiet index FOLDER --db DB`), each query of queries/<owner>__<repo>.txt is run
  with `lectern search --db DB --json --limit 10 --highlight none QUERY`, and every snippet is
  checked for junk: the collection's `junk:` strings (collections/<owner>__<repo>.md), URLs,
  markup and header (`key: value`) text. The share of snippets with junk is printed, with up to
  10 offending snippets per collection.

Run (from anywhere; Python 3 standard library only):
    eval/realworld/score.sh /work/.mirror                      # all collections
    eval/realworld/score.sh /work/.mirror --collection basic99/homepage2 --failures
    eval/realworld/score.sh /work/.mirror --lectern build/dev/app/lectern --json out.json
Options: --failures prints every wrong answer per field (`collection path#index: expected …
got …`); --json OUT writes all figures; --no-snippets skips the snippet check; --keep keeps the
laid-out files and databases. The binary is --lectern, else $LECTERN, else build/release/app/lectern if it exists, else
build/dev/app/lectern. It also writes eval/realworld/labels.jsonl (all labels, sorted).
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Fields as reported: (key, printed name, scored field, labels counted, target or None).
FIELDS = [
    ("title", "title", "title", "all", 0.98),
    ("authors", "authors", "authors", "all", 0.97),
    ("period", "period", "period", "all", None),
    ("period_gold_null", "period (gold null)", "period", "gold_null", 0.95),
    ("period_gold_set", "period (gold non-null)", "period", "gold_set", 0.75),
    ("date", "date", "date", "all", None),
    ("date_where_file_has", "date (file has one)", "date", "gold_set", 0.95),
    ("rating", "rating", "rating", "all", None),
    ("rating_where_file_has", "rating (file has one)", "rating", "gold_set", 0.98),
]
SCORED = ["title", "authors", "period", "date", "rating"]


class ScoreError(Exception):
    """A problem that stops the run (missing mirror, commit, binary)."""


# ---------------------------------------------------------------------------------------------
# Labels

def parse_ref(ref):
    """'owner/repo@commit:path' -> (repo, commit, path)."""
    m = re.fullmatch(r"([^@]+)@([0-9a-fA-F]{40}):(.+)", ref)
    if not m:
        raise ScoreError(f"malformed ref: {ref}")
    return m.group(1), m.group(2), m.group(3)


def load_labels(labels_dir):
    """All labels of labels/*.jsonl, each with its raw line and parsed ref, sorted."""
    labels = []
    for name in sorted(glob.glob(os.path.join(labels_dir, "*.jsonl"))):
        with open(name, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    label = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ScoreError(f"{name}:{number}: not JSON: {e}")
                label["_line"] = line.rstrip("\n")
                label["_repo"], label["_commit"], label["_path"] = parse_ref(label["ref"])
                labels.append(label)
    labels.sort(key=lambda l: (l["collection"], l["_path"], l["_commit"], l["index"]))
    return labels


def write_all_labels(labels, out):
    with open(out, "w", encoding="utf-8") as f:
        for label in labels:
            f.write(label["_line"] + "\n")


def collection_slug(collection):
    return collection.replace("/", "__")


def select_collection(labels, wanted):
    """Labels of the collection named owner/repo, owner__repo or just repo."""
    if not wanted:
        return labels
    names = {l["collection"] for l in labels}
    match = [n for n in names if wanted in (n, collection_slug(n), n.split("/")[-1])]
    if not match:  # else any collection whose name contains it, when only one does
        match = [n for n in names if wanted.lower() in n.lower()]
    if len(match) != 1:
        raise ScoreError(f"no single collection {wanted!r}; known: {', '.join(sorted(names))}")
    return [l for l in labels if l["collection"] in match]


# ---------------------------------------------------------------------------------------------
# Laying out the files from the mirrors

def git_dir(mirror_dir, repo):
    """The git directory of a fetched mirror (…/owner+repo/repo or …/repo/.git)."""
    base = os.path.join(mirror_dir, repo.replace("/", "+"))
    for candidate in (os.path.join(base, "repo", ".git"), os.path.join(base, "repo"), base):
        if os.path.isfile(os.path.join(candidate, "HEAD")) and \
                os.path.isdir(os.path.join(candidate, "objects")):
            return candidate
    raise ScoreError(f"no mirror of {repo} under {mirror_dir} (expected {base}/repo): "
                     f"run `fetch github:{repo}` first")


def local_path(label, tmp, commits_per_collection):
    """Where a labelled file is laid out: tmp/files/<owner__repo>[/<commit>]/<path>."""
    parts = [tmp, "files", collection_slug(label["collection"])]
    if commits_per_collection[label["collection"]] > 1:
        parts.append(label["_commit"][:12])
    return os.path.join(*parts, label["_path"])


def lay_out(labels, mirror_dir, tmp):
    """Write every labelled file out of its mirror; set label['_file']. Fails listing every
    missing mirror, commit or file."""
    commits = defaultdict(set)
    for label in labels:
        commits[label["collection"]].add(label["_commit"])
    counts = {c: len(s) for c, s in commits.items()}
    done, problems = {}, []
    for label in labels:
        key = (label["_repo"], label["_commit"], label["_path"])
        if key not in done:
            try:
                done[key] = extract_file(mirror_dir, *key, local_path(label, tmp, counts))
            except ScoreError as e:
                done[key] = None
                if str(e) not in problems:
                    problems.append(str(e))
        label["_file"] = done[key]
    if problems:
        raise ScoreError("cannot lay out the labelled files:\n  " + "\n  ".join(problems))


def extract_file(mirror_dir, repo, commit, path, dest):
    gd = git_dir(mirror_dir, repo)
    if subprocess.run(["git", "--git-dir", gd, "cat-file", "-e", commit + "^{commit}"],
                      capture_output=True).returncode != 0:
        raise ScoreError(f"commit {commit} of {repo} is not in the mirror {gd}: run "
                         f"`fetch github:{repo}` again (the snapshot may predate it or lack "
                         f"its branch)")
    shown = subprocess.run(["git", "--git-dir", gd, "show", f"{commit}:{path}"],
                           capture_output=True)
    if shown.returncode != 0:
        raise ScoreError(f"{repo}@{commit} has no file {path}: "
                         f"{shown.stderr.decode(errors='replace').strip()}")
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, "wb") as f:
        f.write(shown.stdout)
    return dest


# ---------------------------------------------------------------------------------------------
# Running Lectern

def find_lectern(option):
    if option:
        candidates = [option]
    elif os.environ.get("LECTERN"):
        candidates = [os.environ["LECTERN"]]
    else:
        release = os.path.join(ROOT, "build/release/app/lectern")
        candidates = [release if os.path.exists(release) else
                      os.path.join(ROOT, "build/dev/app/lectern")]
    binary = os.path.abspath(candidates[0])
    if not os.access(binary, os.X_OK):
        raise ScoreError(f"no Lectern binary at {binary} (use --lectern BIN or $LECTERN)")
    return binary


def run_json(command, timeout=900):
    """Run a Lectern command; return (parsed stdout JSON or None, error text)."""
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout}s"
    out = done.stdout.decode("utf-8", errors="replace")
    err = done.stderr.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(out) if out.strip() else None
    except json.JSONDecodeError:
        data = None
    if data is None:
        return None, err.splitlines()[0] if err else f"exit {done.returncode}, no JSON"
    return data, (err.splitlines()[0] if done.returncode and err else "")


def inspect_all(labels, lectern, extra_args=(), quiet=False, jobs=1):
    """Run `lectern inspect FILE --json [extra_args]` once per file (on `jobs` threads); set
    label['_got'] (dict or None)."""
    from concurrent.futures import ThreadPoolExecutor
    cache = {}
    files = sorted({l["_file"] for l in labels})
    if not quiet:
        print(f"  inspect: {len(files)} files", file=sys.stderr, flush=True)

    def one(path):
        data, err = run_json([lectern, "inspect", path, "--json", *extra_args])
        err = err.replace(path, os.path.basename(path))
        return path, (data.get("reviews", []) if isinstance(data, dict) else None, err)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for n, (path, result) in enumerate(pool.map(one, files), 1):
            cache[path] = result
            if not quiet and sys.stderr.isatty():
                print(f"\r  inspect {n}/{len(files)}", end="", file=sys.stderr, flush=True)
    if not quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    for label in labels:
        reviews, err = cache[label["_file"]]
        label["_count"] = len(reviews) if reviews is not None else 0
        label["_error"] = err if reviews is None else ""
        ok = reviews is not None and 0 <= label["index"] < len(reviews)
        label["_got"] = reviews[label["index"]] if ok else None


# ---------------------------------------------------------------------------------------------
# Field comparison

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                        "\u2032": "'", "\u00b4": "'", "`": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                        "\u2033": '"', "\u00ab": '"', "\u00bb": '"'})


def strip_punctuation(s):
    def edge(c):
        return c.isspace() or unicodedata.category(c).startswith("P")
    start, end = 0, len(s)
    while start < end and edge(s[start]):
        start += 1
    while end > start and edge(s[end - 1]):
        end -= 1
    return s[start:end]


def normalise(text):
    s = unicodedata.normalize("NFC", text or "").casefold().translate(QUOTES)
    return strip_punctuation(re.sub(r"\s+", " ", s).strip())


def title_ok(label, got):
    wanted = {normalise(t) for t in [label["title"]] + label.get("title_alternates", [])}
    return normalise(got.get("title", "")) in wanted


def authors_ok(label, got):
    return {normalise(a) for a in label["authors"]} == \
           {normalise(a) for a in got.get("authors", []) if normalise(a)}


def period_ok(label, got):
    gold, pred = label["period"], got.get("period")
    if gold is None or pred is None:
        return gold is None and pred is None
    overlap = pred["start"] <= gold["end"] and gold["start"] <= pred["end"]
    return overlap and abs(pred["start"] - gold["start"]) <= 15 and \
        abs(pred["end"] - gold["end"]) <= 15


def date_ok(label, got):
    gold, pred = label["date"], got.get("date") or None
    if gold is None or pred is None:
        return gold is None and pred is None
    return pred[:len(gold)] == gold and (len(pred) == len(gold) or pred[len(gold)] == "-")


def rating_ok(label, got):
    gold, pred = label["rating"], got.get("rating")
    if gold is None or pred is None:
        return gold is None and pred is None
    return abs(float(pred) - float(gold)) <= 0.25


CHECKS = {"title": title_ok, "authors": authors_ok, "period": period_ok,
          "date": date_ok, "rating": rating_ok}


def score_labels(labels):
    """Set label['_ok'][field] for the five scored fields."""
    for label in labels:
        got = label["_got"]
        label["_ok"] = {f: got is not None and CHECKS[f](label, got) for f in SCORED}


def counts(label, field, subset):
    """Does this label count for a field reported over `subset` (all, gold_null, gold_set)?"""
    return subset == "all" or (label[field] is None) == (subset == "gold_null")


def tally(labels):
    """{field key: {'correct', 'total', 'accuracy'}} over these labels."""
    out = {}
    for key, _, field, subset, _ in FIELDS:
        counted = [l for l in labels if counts(l, field, subset)]
        right = sum(l["_ok"][field] for l in counted)
        out[key] = {"correct": right, "total": len(counted),
                    "accuracy": round(right / len(counted), 4) if counted else None}
    return out


def group_tallies(labels):
    by_collection, by_format = defaultdict(list), defaultdict(list)
    for label in labels:
        by_collection[label["collection"]].append(label)
        by_format[label["format"]].append(label)
    return {"overall": tally(labels),
            "collections": {c: tally(ls) for c, ls in sorted(by_collection.items())},
            "formats": {f: tally(ls) for f, ls in sorted(by_format.items())},
            "missing": missing_reviews(labels)}


def missing_reviews(labels):
    """Labels with no review at their index, by cause (file unreadable / too few reviews)."""
    unreadable = defaultdict(int)
    too_few = defaultdict(int)
    for label in labels:
        if label["_got"] is None:
            (unreadable if label["_error"] else too_few)[label["collection"]] += 1
    errors = sorted({l["_error"] for l in labels if l["_got"] is None and l["_error"]})
    return {"labels": sum(unreadable.values()) + sum(too_few.values()),
            "unreadable": dict(unreadable), "too_few_reviews": dict(too_few), "errors": errors}


# ---------------------------------------------------------------------------------------------
# Failures

def show(value):
    if value is None:
        return "null"
    if isinstance(value, dict) and "start" in value:
        return f"{value['start']}..{value['end']}"
    return json.dumps(value, ensure_ascii=False)


def expected(label, field):
    if field == "title":
        return " | ".join(show(t) for t in [label["title"]] + label.get("title_alternates", []))
    return show(label[field])


def got_value(label, field):
    got = label["_got"]
    if got is None:
        why = f"; {label['_error']}" if label["_error"] else ""
        return f"no review #{label['index']} (file gave {label['_count']}{why})"
    value = got.get(field)
    if field == "date" and value == "":
        value = None
    return show(value)


def failures(labels):
    """{field: ['collection path#index: expected … got …', …]} in label order."""
    out = {}
    for field in SCORED:
        out[field] = [f"{l['collection']} {l['_path']}#{l['index']}: expected "
                      f"{expected(l, field)} got {got_value(l, field)}"
                      for l in labels if not l["_ok"][field]]
    return out


# ---------------------------------------------------------------------------------------------
# Snippet junk

URL = re.compile(r"https?://|\bwww\.", re.I)
MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*[\s>/]|\]\(|\[\[|\{\{|\*\*|(?:^|\n)[ \t]*#")
HEADER_START = re.compile(r"^\s*[a-z_]+:\s")
HEADER_KEYS = re.compile(
    r"\b(isbn|isbn13|asin|publisher|title|author|authors|booktitle|pubdate|published|"
    r"finished|wordcount|rating|genre|tags|category|categories|layout|slug|permalink|"
    r"description|thumbnail|heroimage|goodreads|img|status|series|date)\s*:\s", re.I)


def parse_junk(md_path):
    """The exact strings listed after `junk:` in a collection note (backticks, else quotes,
    else `|`/`;`/`,`-separated)."""
    with open(md_path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"(?:^|\s)junk:\s*(.*)", text)
    if not m:
        return []
    rest = m.group(1)
    for pattern in (r"`([^`]+)`", r"\"([^\"]+)\"", r"'([^']+)'"):
        found = re.findall(pattern, rest)
        if found:
            return found
    return [s.strip() for s in re.split(r"\s*[|;,]\s*", rest) if s.strip()]


def junk_pattern(s):
    """A regex for one junk string: word-bounded where it starts/ends with a letter or digit;
    punctuation-only strings (`% `, `***`, `---`) must not follow a letter or digit."""
    p = re.escape(s)
    if re.match(r"\w", s):
        p = r"\b" + p
    elif not re.search(r"\w", s):
        p = r"(?<![^\W_])" + p
    if re.search(r"\w$", s):
        p += r"\b"
    return re.compile(p)


def junk_reasons(snippet, junk):
    """Why a snippet shows junk ([] when clean)."""
    reasons = [f"junk {s!r}" for s, pattern in junk if pattern.search(snippet)]
    if URL.search(snippet):
        reasons.append("url")
    m = MARKUP.search(snippet)
    if m:
        reasons.append(f"markup {m.group(0).strip()!r}")
    head = snippet.lstrip("\u2026. \t")
    m = HEADER_START.search(head) or HEADER_KEYS.search(snippet)
    if m:
        reasons.append(f"header {m.group(0).strip()!r}")
    return reasons


def read_queries(path):
    with open(path, encoding="utf-8") as f:
        return [q.strip() for q in f if q.strip() and not q.startswith("#")]


def snippet_check(collection, folder, lectern, tmp):
    """Index one collection's files and check the snippets of its queries."""
    slug = collection_slug(collection)
    junk = [(s, junk_pattern(s)) for s in parse_junk(os.path.join(HERE, "collections",
                                                                  slug + ".md"))]
    db = os.path.join(tmp, "db", slug)
    done = subprocess.run([lectern, "--quiet", "index", folder, "--db", db],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": f"index failed: {done.stderr.strip()[:300]}", "snippets": 0,
                "with_junk": 0, "share": None, "offending": [], "junk_strings": len(junk)}
    stats, _ = run_json([lectern, "stats", "--db", db, "--json"])
    documents = (stats or {}).get("documents")
    total, bad = 0, []
    for query in read_queries(os.path.join(HERE, "queries", slug + ".txt")):
        data, err = run_json([lectern, "search", "--db", db, "--json", "--limit", "10",
                              "--highlight", "none", query])
        for hit in (data or {}).get("hits", []):
            total += 1
            reasons = junk_reasons(hit.get("snippet", ""), junk)
            if reasons:
                path = os.path.relpath(hit.get("path", ""), folder)
                bad.append({"query": query, "path": path, "reasons": reasons,
                            "snippet": hit.get("snippet", "")})
    return {"documents": documents, "snippets": total, "with_junk": len(bad),
            "share": round(len(bad) / total, 4) if total else None,
            "offending": bad, "junk_strings": len(junk)}


def snippet_checks(labels, lectern, tmp):
    out = {}
    for collection in sorted({l["collection"] for l in labels}):
        print(f"  snippets {collection}", file=sys.stderr, flush=True)
        folder = os.path.join(tmp, "files", collection_slug(collection))
        out[collection] = snippet_check(collection, folder, lectern, tmp)
    total = sum(r["snippets"] for r in out.values())
    bad = sum(r["with_junk"] for r in out.values())
    return {"overall": {"snippets": total, "with_junk": bad,
                        "share": round(bad / total, 4) if total else None},
            "collections": out}


# ---------------------------------------------------------------------------------------------
# Printing

def cell(t):
    if not t["total"]:
        return "   -   (0/0)"
    return f"{t['accuracy']:.2f} ({t['correct']}/{t['total']})"


def print_block(title, tallies, with_targets=False):
    print(title)
    for key, name, _, _, target in FIELDS:
        t = tallies[key]
        line = f"  {name:<24}{cell(t):<18}"
        if with_targets and target is not None:
            met = t["total"] and t["accuracy"] >= target
            line += f"target >= {target:.2f}  {'met' if met else 'MISSED'}"
        print(line.rstrip())


def print_table(groups, labels, lectern):
    print(f"Lectern real-world development set: {len(labels)} labels, "
          f"{len(groups['collections'])} collections, {len(groups['formats'])} formats")
    print(f"binary: {lectern}\n")
    print_block("OVERALL", groups["overall"], with_targets=True)
    print_missing(groups["missing"])
    for name, tallies in groups["collections"].items():
        n = sum(1 for l in labels if l["collection"] == name)
        print()
        print_block(f"collection {name} ({n} labels)", tallies)
    for name, tallies in groups["formats"].items():
        n = sum(1 for l in labels if l["format"] == name)
        print()
        print_block(f"format {name} ({n} labels)", tallies)


def print_missing(missing):
    if not missing["labels"]:
        return
    print(f"  no review at the label's index: {missing['labels']} labels (wrong in every field)")
    for name, n in sorted(missing["unreadable"].items()):
        print(f"    {name}: {n} (file not read)")
    for name, n in sorted(missing["too_few_reviews"].items()):
        print(f"    {name}: {n} (file gave fewer reviews)")
    for err in missing["errors"]:
        print(f"    {err}")


def share(r):
    return "  -  " if r["share"] is None else f"{r['share']:.2f}"


def print_snippets(snips, limit):
    print("\nSNIPPETS WITH JUNK (junk strings, URLs, markup, header text)")
    o = snips["overall"]
    print(f"  {'overall':<44}{share(o)} ({o['with_junk']}/{o['snippets']})")
    for name, r in snips["collections"].items():
        extra = f"  {r['error']}" if r.get("error") else \
            f"  (index holds {r.get('documents')} reviews)" if not r["snippets"] else ""
        print(f"  {name:<44}{share(r)} ({r['with_junk']}/{r['snippets']}){extra}")
    for name, r in snips["collections"].items():
        if not r["offending"]:
            continue
        print(f"\n  {name}: {min(limit, len(r['offending']))} of {len(r['offending'])}")
        for b in r["offending"][:limit]:
            text = re.sub(r"\s+", " ", b["snippet"])
            text = text if len(text) <= 220 else text[:217] + "..."
            print(f"    [{b['query']}] {b['path']}: {'; '.join(b['reasons'])}\n      {text}")


def print_failures(fails):
    for field in SCORED:
        print(f"\nFAILURES {field} ({len(fails[field])})")
        for line in fails[field]:
            print("  " + line)


# ---------------------------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mirror_dir", help="folder of fetched mirrors (e.g. /work/.mirror)")
    p.add_argument("--lectern", help="Lectern binary (default: $LECTERN, build/release, "
                                     "build/dev)")
    p.add_argument("--collection", help="score one collection (owner/repo, owner__repo, repo or a unique part)")
    p.add_argument("--json", metavar="OUT", help="write every figure as JSON to OUT")
    p.add_argument("--failures", action="store_true", help="print every wrong answer")
    p.add_argument("--no-snippets", action="store_true", help="skip the snippet check")
    p.add_argument("--show", type=int, default=10, help="offending snippets listed per "
                                                        "collection (default 10)")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder")
    return p.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    labels = load_labels(os.path.join(HERE, "labels"))
    write_all_labels(labels, os.path.join(HERE, "labels.jsonl"))
    labels = select_collection(labels, args.collection)
    lectern = find_lectern(args.lectern)
    tmp = tempfile.mkdtemp(prefix="lectern-realworld-")
    try:
        lay_out(labels, os.path.abspath(args.mirror_dir), tmp)
        inspect_all(labels, lectern)
        score_labels(labels)
        groups = group_tallies(labels)
        snips = None if args.no_snippets else snippet_checks(labels, lectern, tmp)
        fails = failures(labels)
        print_table(groups, labels, lectern)
        if snips:
            print_snippets(snips, args.show)
        if args.failures:
            print_failures(fails)
        if args.json:
            write_json(args.json, lectern, labels, groups, snips, fails)
    finally:
        if args.keep:
            print(f"\nlaid-out files and databases kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def write_json(out, lectern, labels, groups, snips, fails):
    targets = {key: target for key, _, _, _, target in FIELDS if target is not None}
    data = {"lectern": lectern, "labels": len(labels), "targets": targets,
            "targets_met": {k: bool(groups["overall"][k]["total"]) and
                            groups["overall"][k]["accuracy"] >= v for k, v in targets.items()},
            **groups, "snippets": snips, "failures": fails}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except ScoreError as e:
        print(f"score: {e}", file=sys.stderr)
        sys.exit(2)
