#!/usr/bin/env python3
"""What a user would otherwise run to check an .h5ad's var ids against an organism's genes, in
Python: the gene list's ids read into a set once (the "index"), then, timed REPEAT times after a
warm-up: anndata.read_h5ad(FILE, backed="r"), var[COLUMN] (or the var index), and pandas `isin`
against the set, with the ids included and excluded listed. Prints JSON: the medians in ms.

  h5ad_var_isin.py FILE.h5ad GENES.csv.gz [--column gene_ids] [--repeat 7]
"""
import argparse
import csv
import gzip
import json
import statistics
import sys
import time

import anndata


def ms_since(start):
    return (time.perf_counter() - start) * 1000.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('file')
    parser.add_argument('genes')
    parser.add_argument('--column', default='')
    parser.add_argument('--repeat', type=int, default=7)
    args = parser.parse_args()

    start = time.perf_counter()
    opener = gzip.open if args.genes.endswith('.gz') else open
    with opener(args.genes, 'rt', newline='') as f:
        ids = {row[0] for row in csv.reader(f) if row}
    load_ms = ms_since(start)

    def check():
        adata = anndata.read_h5ad(args.file, backed='r')
        values = adata.var[args.column] if args.column else adata.var.index.to_series()
        found = values.isin(ids)
        included = values[found].tolist()
        excluded = values[~found].tolist()
        adata.file.close()
        return included, excluded

    def split_isin(values):
        found = values.isin(ids)
        return values[found].tolist(), values[~found].tolist()

    check()
    samples = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        included, excluded = check()
        samples.append(ms_since(start))
    # The isin alone, on var already read.
    adata = anndata.read_h5ad(args.file, backed='r')
    values = adata.var[args.column] if args.column else adata.var.index.to_series()
    adata.file.close()
    isin_samples = []
    for _ in range(args.repeat + 1):
        start = time.perf_counter()
        split_isin(values)
        isin_samples.append(ms_since(start))
    json.dump({'genes': len(ids), 'load_ms': load_ms, 'values': len(values),
               'included': len(included), 'excluded': len(excluded),
               'median_ms': statistics.median(samples), 'samples_ms': samples,
               'isin_median_ms': statistics.median(isin_samples[1:])},
              fp=sys.stdout)
    print()


if __name__ == '__main__':
    main()
