#!/usr/bin/python3
"""The check bench_validation times, done the way a user without FeatureDesk would do it in Python.

  validation_compare.py --genes FILE --values TSV [--repeat R] [--difflib-sample N] [--json OUT]

TSV is what `bench_validation --write-values` writes (value, kind, status): the very same values.
Times, each median / min / max of R after one warm-up:

  pandas_load       read_csv of the gene table: what bionty's `Gene(organism="human").df()` gives
  pandas_validate   bionty's `inspect(values, field="symbol")` as lamin_utils does it: `isin` on the
                    symbols, `isin` on lower-cased symbols, then map_synonyms for the values that did
                    not validate (lower-case merge on the symbol, the synonyms column split on "|",
                    exploded, grouped, lower-cased, and a dict lookup)
  python_load       plain Python: csv reader and three dicts (symbols; lower-cased symbol -> genes;
                    lower-cased synonym -> genes), built once
  python_validate   one dict look-up after another per value, sorting values into FeatureDesk's
                    statuses (validated, standardizable, ambiguous, not validated)
  pandas_isin       the two `isin` of pandas_validate alone, without the synonyms
  difflib_per_value difflib.get_close_matches(value, symbols, n=3) for N of the values that did not
                    validate ("did you mean"); too slow to run on all, so the total is extrapolated

Needs Debian's python3-pandas (pandas 1.5): lamin_utils itself wants pandas 2, so its steps are
written out here, in the order it runs them.
"""
import argparse
import csv
import difflib
import json
import statistics
import sys
import time


def figure(samples, **extra):
    return {"median_ms": statistics.median(samples), "min_ms": min(samples),
            "max_ms": max(samples), "samples_ms": samples} | extra


def timed(work, repeat):
    """One warm-up, then repeat timed runs; returns (figure, the last result)."""
    result = work()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - start) * 1000)
    return samples, result


def read_values(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows


# --- pandas, as bionty / lamin_utils -------------------------------------------------------

def pandas_load(pd, genes):
    df = pd.read_csv(genes, sep="\t", dtype=str, keep_default_na=False, quoting=3)
    df = df.rename(columns={"Symbol": "symbol", "Synonyms": "synonyms"})
    df["synonyms"] = df["synonyms"].replace("-", "")
    return df


def pandas_inspect(pd, df, values):
    """lamin_utils.inspect(df, values, field="symbol"): validate case-sensitively and not, then
    map_synonyms(case_sensitive=False, keep="first") of the values that did not validate."""
    ids = pd.Index(values)
    matches = ids.isin(df["symbol"])
    noncs_matches = ids.str.lower().isin(df["symbol"].str.lower())
    non_validated = ids[~matches].unique()

    # map_synonyms
    mapped_df = pd.DataFrame({"orig_ids": non_validated})
    mapped_df["__agg__"] = mapped_df["orig_ids"].str.lower()
    agg = pd.DataFrame({"__agg__": df["symbol"].str.lower(), "symbol": df["symbol"]})
    field_map = pd.merge(mapped_df, agg, on="__agg__").set_index("__agg__")["symbol"]
    syn = df[["symbol", "synonyms"]].drop_duplicates()
    syn = syn[syn["synonyms"] != ""]
    syn = syn.assign(synonyms=syn["synonyms"].str.split("|")).explode("synonyms")
    syn = syn[syn["synonyms"] != syn["symbol"]]
    syn_map = syn.groupby("synonyms")["symbol"].first()
    syn_map.index = syn_map.index.str.lower()
    syn_map = syn_map[~syn_map.index.duplicated()]
    syn_dict = {k: v for k, v in syn_map.to_dict().items() if k not in field_map.index}
    mapped = mapped_df["__agg__"].map({**field_map.to_dict(), **syn_dict})
    standardized = int(mapped.notna().sum())
    return {"validated": int(matches.sum()), "case_insensitive_matches": int(noncs_matches.sum()),
            "standardized": standardized,
            "not_validated": int(len(non_validated)) - standardized}


def pandas_isin(pd, df, values):
    """The two isin of inspect alone, without the synonyms: what validating costs in pandas."""
    ids = pd.Index(values)
    return int(ids.isin(df["symbol"]).sum()) + int(ids.str.lower().isin(df["symbol"].str.lower()).sum())


# --- plain Python ------------------------------------------------------------------------

def python_load(genes):
    symbols, by_lower, by_synonym = {}, {}, {}
    with open(genes, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        s, y, g = header.index("Symbol"), header.index("Synonyms"), header.index("GeneID")
        for row in reader:
            symbol, gene = row[s], row[g]
            symbols[symbol] = symbols.get(symbol, 0) + 1
            by_lower.setdefault(symbol.lower(), []).append(gene)
            if row[y] != "-":
                for synonym in row[y].split("|"):
                    genes_of = by_synonym.setdefault(synonym.lower(), [])
                    if gene not in genes_of:
                        genes_of.append(gene)
    return symbols, by_lower, by_synonym


def python_validate(index, values):
    symbols, by_lower, by_synonym = index
    counts = {"validated": 0, "standardizable": 0, "ambiguous": 0, "not_validated": 0}
    not_validated = []
    for value in dict.fromkeys(values):  # distinct, in order
        genes = symbols.get(value)
        if genes is not None:  # a symbol two genes share is ambiguous, as in FeatureDesk
            counts["validated" if genes == 1 else "ambiguous"] += 1
            continue
        lower = value.strip().lower()
        genes = by_lower.get(lower) or by_synonym.get(lower)
        if genes is None:
            counts["not_validated"] += 1
            not_validated.append(value)
        else:
            counts["standardizable" if len(genes) == 1 else "ambiguous"] += 1
    return counts, not_validated


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--genes", required=True)
    parser.add_argument("--values", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--difflib-sample", type=int, default=40)
    parser.add_argument("--json")
    args = parser.parse_args()
    import pandas as pd  # late, so that --help works without it

    rows = read_values(args.values)
    values = [row["value"] for row in rows]
    figures = {}

    samples, df = timed(lambda: pandas_load(pd, args.genes), args.repeat)
    figures["pandas_load"] = figure(samples, rows=len(df))
    samples, counts = timed(lambda: pandas_inspect(pd, df, values), args.repeat)
    figures["pandas_validate"] = figure(samples, rows=len(values), counts=counts)
    samples, _ = timed(lambda: pandas_isin(pd, df, values), args.repeat)
    figures["pandas_isin"] = figure(samples, rows=len(values))

    samples, index = timed(lambda: python_load(args.genes), args.repeat)
    figures["python_load"] = figure(samples, rows=len(index[0]))
    samples, (counts, not_validated) = timed(lambda: python_validate(index, values), args.repeat)
    figures["python_validate"] = figure(samples, rows=len(values), counts=counts)

    # "Did you mean" over the official symbols, as FeatureDesk suggests from them.
    symbols = sorted(index[0])  # distinct official symbols
    sample = not_validated[:: max(1, len(not_validated) // max(1, args.difflib_sample))]
    sample = sample[: args.difflib_sample]
    per_value, hits = [], 0
    for value in sample:
        start = time.perf_counter()
        hits += bool(difflib.get_close_matches(value, symbols, n=3))
        per_value.append((time.perf_counter() - start) * 1000)
    if per_value:
        figures["difflib_per_value"] = figure(
            per_value, rows=len(sample), hits=hits,
            extrapolated_all_ms=statistics.mean(per_value) * len(not_validated),
            not_validated=len(not_validated))

    print(f"{'figure':24s} {'median ms':>12s} {'min ms':>10s} {'max ms':>10s}  detail")
    for name, f in figures.items():
        detail = {k: v for k, v in f.items() if k not in ("median_ms", "min_ms", "max_ms", "samples_ms")}
        print(f"{name:24s} {f['median_ms']:12.2f} {f['min_ms']:10.2f} {f['max_ms']:10.2f}  {detail}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"pandas": pd.__version__, "python": sys.version.split()[0],
                       "figures": figures}, f, indent=1)


if __name__ == "__main__":
    main()
