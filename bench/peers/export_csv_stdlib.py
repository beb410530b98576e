"""Peer of `crmpro export --format csv`: Python's standard csv module writing the same rows.

pandas and pyarrow are not installed on the bench machine, so the peer is the standard library:
the rows are read from the JSON Lines file our export wrote (not timed), then written as CSV with
csv.writer (timed), the header row first. Prints one JSON line: rows, seconds, bytes.
"""
import csv
import json
import os
import sys
import time

source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as f:
    records = [json.loads(line) for line in f]
header = list(records[0].keys()) if records else []
rows = [["" if r[k] is None else ("true" if r[k] is True else "false" if r[k] is False else r[k]) for k in header] for r in records]
started = time.perf_counter()
with open(target, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(header)
    writer.writerows(rows)
seconds = time.perf_counter() - started
print(json.dumps({"rows": len(rows), "seconds": seconds, "bytes": os.path.getsize(target)}))
