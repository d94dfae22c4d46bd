#!/usr/bin/env python3
"""SQLite FTS5, the anchor Lectern's benchmarks compare with (shared/ANCHORS.md).

  fts5_baseline.py index DIR DB       build an FTS5 table (porter, unicode61) of every file
                                      under DIR in one transaction, through the sqlite3 shell
                                      (fsdir, so the whole load is SQLite's own C code)
  fts5_baseline.py query DB QUERIES   run each line of QUERIES (search_latency --queries-out)
                                      top 10 by bm25 with a highlighted snippet(); print
                                      p50/p95/p99 in ms

Lectern's query syntax is mapped to FTS5's: a "phrase" stays a phrase, `author:x` becomes x,
and the words of a query are OR'ed, as Lectern's default operator does.
"""
import re
import sqlite3
import subprocess
import sys
import time


def index(folder, db):
    sql = (
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body, tokenize='porter unicode61');"
        "BEGIN;"
        f"INSERT INTO docs(path, body) SELECT name, data FROM fsdir('{folder}') WHERE data IS NOT NULL;"
        "COMMIT;"
    )
    subprocess.run(["sqlite3", db, sql], check=True)


def fts_query(query):
    phrases = re.findall(r'"[^"]*"', query)
    rest = re.sub(r'"[^"]*"', " ", query)
    words = [w.split(":", 1)[-1] for w in rest.split()]
    parts = phrases + [w for w in words if re.fullmatch(r"\w+", w)]
    return " OR ".join(parts)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def query(db, queries_file):
    connection = sqlite3.connect(db)
    queries = [line.strip() for line in open(queries_file, encoding="utf-8") if line.strip()]
    sql = ("SELECT path, snippet(docs, 1, '<mark>', '</mark>', '…', 32) FROM docs WHERE docs MATCH ? "
           "ORDER BY bm25(docs) LIMIT 10")
    for q in queries:  # warm the page cache
        connection.execute(sql, (fts_query(q),)).fetchall()
    times = []
    for q in queries:
        start = time.perf_counter()
        connection.execute(sql, (fts_query(q),)).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{'SQLite FTS5 + snippet()':40s} {percentile(times, 0.5):8.2f} {percentile(times, 0.95):8.2f} "
          f"{percentile(times, 0.99):8.2f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "index":
        index(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "query":
        query(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
