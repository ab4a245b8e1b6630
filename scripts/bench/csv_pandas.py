#!/usr/bin/python3
"""pandas side of scripts/bench/csv.sh: times read_csv, and read_csv plus inspect's statistics.

  csv_pandas.py inspect FILE RUNS   "pandas_read" (read_csv alone) and "pandas_inspect" (read_csv,
                                    then dtypes, isna().sum() and nunique(), as inspect reports)
  csv_pandas.py header FILE RUNS    "pandas_header": read_csv(nrows=0), the column names alone

Each is run once to warm up (see runs_of), then RUNS times; prints "name median_ms min_ms runs detail" lines.
Run with Debian's python3 (python3-pandas), not a virtualenv's.
"""
import statistics
import sys
import time

import pandas as pd


def timed(work):
    start = time.perf_counter()
    detail = work()
    return (time.perf_counter() - start) * 1000.0, detail


def runs_of(work, runs):
    """A warm-up run, then runs timed ones; a warm-up slower than 5 s counts as the first timed run
    (the file is in the page cache already, and minutes of warm-up teach nothing)."""
    warm = timed(work)
    results = [warm] if warm[0] > 5000 else []
    results += [timed(work) for _ in range(runs - len(results))]
    return results


def report(name, times, detail):
    print(f"{name} {statistics.median(times):.2f} {min(times):.2f} {len(times)} {detail}", flush=True)


def inspect(path):
    df = pd.read_csv(path)
    dtypes = df.dtypes
    missing = df.isna().sum()
    distinct = df.nunique()
    return f"rows={len(df)},columns={len(dtypes)},missing={int(missing.sum())},distinct0={int(distinct.iloc[0])}"


def main():
    mode, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "header":
        work = lambda: f"columns={len(pd.read_csv(path, nrows=0).columns)}"
        results = runs_of(work, runs)
        report("pandas_header", [t for t, _ in results], results[-1][1])
        return
    read = lambda: f"rows={len(pd.read_csv(path))}"
    results = runs_of(read, runs)
    report("pandas_read", [t for t, _ in results], results[-1][1])
    results = [timed(lambda: inspect(path)) for _ in range(runs)]
    report("pandas_inspect", [t for t, _ in results], results[-1][1])


if __name__ == "__main__":
    main()
