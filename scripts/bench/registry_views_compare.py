#!/usr/bin/python3
"""What a user without FeatureDesk would do with the same registry file, timed, next to
FeatureDesk's own figures (the JSON that bench_registryviews --json writes).

  registry_views_compare.py --sqlite FILE --repeat R --out DIR JSON [JSON...]

Times the sqlite3 command-line shell on the queries behind each view action (its `.timer on`
"real" figure, median of R after one warm-up) and pandas loading the whole artifact table with
read_sql_query, then sorting and filtering the DataFrame (what a spreadsheet-like tool must do).
Prints one comparison table and writes DIR/compare.json. Needs Debian's python3-pandas.
"""
import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time

COLUMNS = "key, suffix, size, hash, uid, description, created_by, created_at"


def median_min(samples):
    return {"median_ms": statistics.median(samples), "min_ms": min(samples), "samples_ms": samples}


def sqlite_cli(path, statements, repeat):
    """Runs each statement 1 + repeat times in one sqlite3 shell; returns its .timer figures."""
    script = [".timer on", ".output /dev/null"]
    for sql in statements.values():
        script += [sql] * (1 + repeat)
    run = subprocess.run(["sqlite3", path], input="\n".join(script) + "\n", capture_output=True,
                         text=True, check=True)
    times = [float(t) * 1000 for t in re.findall(r"Run Time: real ([0-9.]+)", run.stdout)]
    if len(times) != len(statements) * (1 + repeat):
        sys.exit(f"sqlite3 printed {len(times)} timings, expected "
                 f"{len(statements) * (1 + repeat)}: {run.stderr}")
    result = {}
    for i, name in enumerate(statements):
        chunk = times[i * (1 + repeat):(i + 1) * (1 + repeat)]
        result[name] = median_min(chunk[1:]) | {"sql": statements[name]}
    return result


def sqlite_cli_cold_command(path, sql, repeat):
    """The whole `sqlite3 FILE "SQL"` command, process start and schema read included."""
    samples = []
    for round_ in range(1 + repeat):
        start = time.perf_counter()
        subprocess.run(["sqlite3", path, sql], stdout=subprocess.DEVNULL, check=True)
        if round_:
            samples.append((time.perf_counter() - start) * 1000)
    return median_min(samples) | {"sql": sql}


def pandas_figures(path, words, repeat):
    import pandas as pd  # Debian's python3-pandas; imported late so --help works without it

    result = {"version": pd.__version__}
    loads, frame = [], None
    for _ in range(repeat):
        frame = None
        with sqlite3.connect(path) as connection:
            start = time.perf_counter()
            frame = pd.read_sql_query(f"SELECT {COLUMNS} FROM fd_artifact", connection)
            loads.append((time.perf_counter() - start) * 1000)
    result["load"] = median_min(loads) | {"rows": len(frame)}
    result["memory_bytes"] = int(frame.memory_usage(deep=True).sum())

    def timed(name, action):
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            out = action()
            samples.append((time.perf_counter() - start) * 1000)
        result[name] = median_min(samples) | {"rows": len(out)}

    timed("sort_key_desc", lambda: frame.sort_values("key", ascending=False))
    timed("sort_size_desc", lambda: frame.sort_values("size", ascending=False))
    timed("filter_one", lambda: frame[frame["key"].str.contains(words["one"], regex=False)])
    timed("filter_ten_percent",
          lambda: frame[frame["key"].str.contains(words["ten_percent"], regex=False)])
    return result


def figure(report, figure_id):
    for item in report.get("figures", []):
        if item["id"] == figure_id:
            return item["median_ms"]
    return None


def fmt(ms):
    if ms is None:
        return "-"
    if ms < 1 and ms == int(ms):  # the sqlite3 shell's timer counts whole milliseconds
        return "<1"
    return f"{ms:,.1f}" if ms < 100 else f"{ms:,.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", required=True, help="the benchmark's SQLite registry")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pandas-repeat", type=int, default=3)
    parser.add_argument("--out", required=True, help="folder for compare.json")
    parser.add_argument("reports", nargs="+", help="bench_registryviews --json outputs")
    args = parser.parse_args()

    reports = [json.load(open(path)) for path in args.reports]
    sqlite_report = next(r for r in reports if r["backend"] == "SQLite")
    words = sqlite_report["filter_words"]
    page = f"SELECT {COLUMNS} FROM fd_artifact"

    def like(word):
        return f"key LIKE '%{word}%'"

    statements = {
        "first_page": f"{page} ORDER BY key LIMIT 256;",
        "count": "SELECT COUNT(*) FROM fd_artifact;",
        "sort_key_desc": f"{page} ORDER BY key DESC LIMIT 256;",
        "sort_size_desc": f"{page} ORDER BY size DESC LIMIT 256;",
        "filter_one_page": f"{page} WHERE {like(words['one'])} ORDER BY key LIMIT 256;",
        "filter_one_count": f"SELECT COUNT(*) FROM fd_artifact WHERE {like(words['one'])};",
        "filter_ten_percent_page":
            f"{page} WHERE {like(words['ten_percent'])} ORDER BY key LIMIT 256;",
        "filter_ten_percent_count":
            f"SELECT COUNT(*) FROM fd_artifact WHERE {like(words['ten_percent'])};",
        "deep_page": f"{page} ORDER BY key LIMIT 256 OFFSET 10240;",
        "usage_count": "SELECT COUNT(*) FROM fd_artifact_feature_set WHERE feature_set_id = "
                       "(SELECT id FROM fd_feature_set LIMIT 1);",
    }
    print("Timing the sqlite3 shell ...", file=sys.stderr)
    cli = sqlite_cli(args.sqlite, statements, args.repeat)
    cli["command_first_page"] = sqlite_cli_cold_command(
        args.sqlite, statements["first_page"], args.repeat)
    print("Timing pandas (loading the whole table %d times) ..." % args.pandas_repeat,
          file=sys.stderr)
    pandas = pandas_figures(args.sqlite, words, args.pandas_repeat)

    def cli_sum(*names):
        return sum(cli[n]["median_ms"] for n in names)

    # One row per user action: FeatureDesk's figure per backend, the sqlite3 shell, pandas.
    rows = [
        ("open: first page + total count", "open",
         cli_sum("first_page", "count"), pandas["load"]["median_ms"]),
        ("sort by key, descending", "sort_key_desc", cli_sum("sort_key_desc"),
         pandas["sort_key_desc"]["median_ms"]),
        ("sort by size, descending", "sort_size_desc", cli_sum("sort_size_desc"),
         pandas["sort_size_desc"]["median_ms"]),
        ("filter, 1 match (page + count)", "filter_one",
         cli_sum("filter_one_page", "filter_one_count"), pandas["filter_one"]["median_ms"]),
        ("filter, 10% match (page + count)", "filter_ten_percent",
         cli_sum("filter_ten_percent_page", "filter_ten_percent_count"),
         pandas["filter_ten_percent"]["median_ms"]),
        ("page at row 10,240 (SQL alone)", "sql_page_key_deep", cli_sum("deep_page"), None),
        ("which artifacts use the set: COUNT", "usage_count", cli_sum("usage_count"), None),
    ]
    backends = [r["backend"] for r in reports]
    header = ["action"] + [f"FeatureDesk {b}" for b in backends] + ["sqlite3 shell", "pandas"]
    widths = [36] + [max(12, len(h)) for h in header[1:]]
    n = sqlite_report["artifacts"]
    print()
    print(f"Registry views on {n:,} artifacts: median ms "
          f"(FeatureDesk repeat {args.repeat}, sqlite3 .timer real, pandas repeat "
          f"{args.pandas_repeat})")
    print("  ".join(h.ljust(widths[0]) if i == 0 else h.rjust(widths[i])
                    for i, h in enumerate(header)))
    table = []
    for label, figure_id, cli_ms, pandas_ms in rows:
        cells = [figure(r, figure_id) for r in reports] + [cli_ms, pandas_ms]
        table.append({"action": label, "figure": figure_id,
                      **{h: c for h, c in zip(header[1:], cells)}})
        print("  ".join([label.ljust(widths[0])]
                        + [fmt(c).rjust(w) for c, w in zip(cells, widths[1:])]))
    print()
    print(f"pandas {pandas['version']}: read_sql_query of the whole table "
          f"{fmt(pandas['load']['median_ms'])} ms (min {fmt(pandas['load']['min_ms'])}), "
          f"DataFrame {pandas['memory_bytes'] / 2**20:,.0f} MiB in memory; sorting and filtering "
          "then run on the loaded frame (times above exclude the load).")
    print(f"sqlite3 shell, whole command `sqlite3 FILE \"<first page>\"`: "
          f"{fmt(cli['command_first_page']['median_ms'])} ms (process start included)")
    print()
    print("sqlite3 shell, every statement (median / min ms):")
    for name, item in cli.items():
        print(f"  {name:26} {fmt(item['median_ms']):>9} {fmt(item['min_ms']):>9}   {item['sql']}")

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "compare.json"), "w") as out:
        json.dump({"table": table, "sqlite3_cli": cli, "pandas": pandas,
                   "featuredesk": reports}, out, indent=2)


if __name__ == "__main__":
    main()
