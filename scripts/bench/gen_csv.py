#!/usr/bin/env python3
"""Writes the CSV benchmark files of scripts/bench/csv.sh, deterministically (fixed seeds).

  narrow.csv    ~1 GB, 8 columns: int id, three floats (one with 1% empty cells), two small ints,
                a float with 2 decimals, a true/false column
  wide.csv      20,000 rows x 1,000 columns: an int id, then ints and floats alternating
  header60k.csv 60,000 columns: a header and 5 rows of small ints

Usage: gen_csv.py OUT_DIR [--narrow-mb 1024]. A file that exists with the expected size stamp is
kept, so that repeated runs do not rewrite a gigabyte.
"""
import argparse
import os
import sys

import numpy as np

CHUNK = 500_000


def stamp_ok(path, key):
    stamp = path + ".stamp"
    return os.path.exists(path) and os.path.exists(stamp) and open(stamp).read() == key


def write_stamp(path, key):
    with open(path + ".stamp", "w") as f:
        f.write(key)


def narrow(path, target_bytes):
    key = f"narrow v1 {target_bytes}"
    if stamp_ok(path, key):
        return
    rng = np.random.default_rng(20240601)
    fmt = "%d,%.6f,%.3f,%s,%d,%d,%.2f,%s"
    written = 0
    row = 0
    with open(path, "w", newline="\n") as out:
        out.write("id,x,y,z,qty,store,price,active\n")
        while written < target_bytes:
            ids = range(row, row + CHUNK)
            x = rng.normal(0.0, 1.0, CHUNK).tolist()
            y = rng.uniform(-1000.0, 1000.0, CHUNK).tolist()
            zraw = rng.exponential(10.0, CHUNK)
            zmiss = rng.random(CHUNK) < 0.01
            z = ["" if m else "%.4f" % v for v, m in zip(zraw.tolist(), zmiss.tolist())]
            qty = rng.integers(0, 1000, CHUNK).tolist()
            store = rng.integers(1, 51, CHUNK).tolist()
            price = rng.uniform(0.5, 500.0, CHUNK).tolist()
            active = np.where(rng.random(CHUNK) < 0.5, "true", "false").tolist()
            text = "\n".join(map(fmt.__mod__, zip(ids, x, y, z, qty, store, price, active))) + "\n"
            out.write(text)
            written += len(text)
            row += CHUNK
    write_stamp(path, key)


def wide(path, rows=20_000, cols=1_000):
    key = f"wide v1 {rows}x{cols}"
    if stamp_ok(path, key):
        return
    rng = np.random.default_rng(20240602)
    header = ["id"] + [f"f{i:04d}" for i in range(1, cols)]
    with open(path, "w", newline="\n") as out:
        out.write(",".join(header) + "\n")
        for start in range(0, rows, 1000):
            n = min(1000, rows - start)
            ints = rng.integers(0, 10_000, (n, cols)).tolist()
            floats = rng.normal(100.0, 25.0, (n, cols)).tolist()
            lines = []
            for r in range(n):
                ir, fr = ints[r], floats[r]
                cells = [str(start + r)]
                cells += [str(ir[c]) if c % 2 else "%.3f" % fr[c] for c in range(1, cols)]
                lines.append(",".join(cells))
            out.write("\n".join(lines) + "\n")
    write_stamp(path, key)


def header60k(path, cols=60_000, rows=5):
    key = f"header60k v1 {cols}x{rows}"
    if stamp_ok(path, key):
        return
    rng = np.random.default_rng(20240603)
    with open(path, "w", newline="\n") as out:
        out.write(",".join(f"feature_{i:05d}" for i in range(cols)) + "\n")
        for _ in range(rows):
            out.write(",".join(map(str, rng.integers(0, 100, cols).tolist())) + "\n")
    write_stamp(path, key)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--narrow-mb", type=int, default=1024)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    for name, make in (("header60k.csv", header60k), ("wide.csv", wide),
                       ("narrow.csv", lambda p: narrow(p, args.narrow_mb << 20))):
        path = os.path.join(args.out_dir, name)
        print(f"gen_csv: {path}", file=sys.stderr)
        make(path)


if __name__ == "__main__":
    main()
