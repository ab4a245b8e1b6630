#!/usr/bin/env python3
"""Writes the AnnData files of the .h5ad benchmarks (BENCHMARKS.md), once.

  gen_h5ad.py DIR --gene-list GENES.csv.gz [--cells 200000] [--genes 30000] [--x-gb 10]
                  [--small-only]

DIR/small.h5ad: CELLS x GENES with 8 obs columns (categoricals, strings, ints, floats, a bool,
missing values) and a var whose `gene_ids` column holds real Ensembl ids beside a symbol index:
GENES rows drawn from GENES.csv.gz (a GENCODE list of ../shared/data/genes/gencode, headerless
gene_id,gene_name,...), in the list's order, so that every id validates against that organism's
genes; the index is their symbols, made unique as anndata does ("-1", "-2" appended). Written by
anndata with a sparse X of about 10 MB. DIR/large.h5ad (not with --small-only): the same obs and
var, with an X of about X_GB gigabytes (CSR, float32, the same number of stored values in every
row), written into the file after anndata wrote it: anndata would need all of it in memory at
once. A file is written again when it was made with other arguments (FILE.h5ad.stamp says which).
"""
import argparse
import csv
import gzip
import os

import anndata
import h5py
import numpy as np
import pandas as pd
import scipy.sparse as sp


def gene_list(path, genes, rng):
    """GENES (id, symbol) pairs drawn from a GENCODE list, in its order."""
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', newline='') as f:
        rows = [(row[0], row[1]) for row in csv.reader(f) if row and row[0]]
    if genes > len(rows):
        raise SystemExit(f'{path} lists {len(rows)} genes, fewer than --genes {genes}')
    chosen = np.sort(rng.choice(len(rows), genes, replace=False))
    return [rows[i] for i in chosen]


def unique_names(names):
    seen = {}
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            out.append(f'{name}-{seen[name]}')
        else:
            seen[name] = 0
            out.append(name)
    return out


def frames(cells, genes, rng):
    obs = pd.DataFrame(index=[f'cell-{i:07d}' for i in range(cells)])
    obs['cell_type'] = pd.Categorical(rng.choice(['T cell', 'B cell', 'NK cell', 'monocyte',
                                                  'neutrophil', None], cells))
    obs['donor'] = pd.Categorical(rng.choice([f'donor-{d:02d}' for d in range(40)], cells))
    obs['tissue'] = pd.Categorical(rng.choice(['blood', 'lung', 'liver', 'spleen'], cells))
    obs['n_genes'] = rng.integers(200, 8000, cells)
    obs['total_counts'] = rng.gamma(2.0, 2000.0, cells).astype('float32')
    pct = rng.random(cells) * 20
    pct[rng.random(cells) < 0.01] = np.nan
    obs['pct_mito'] = pct
    obs['doublet'] = rng.random(cells) < 0.05
    obs['barcode'] = [f'AACG{i:012d}' for i in range(cells)]
    var = pd.DataFrame(index=unique_names([symbol for _, symbol in genes]))
    var['gene_ids'] = [gene_id for gene_id, _ in genes]
    var['highly_variable'] = rng.random(len(genes)) < 0.1
    var['mean_counts'] = rng.random(len(genes)).astype('float32')
    return obs, var


def current(path, made_with):
    """Whether path exists and was written with these arguments."""
    try:
        with open(path + '.stamp') as f:
            return os.path.exists(path) and f.read().strip() == made_with
    except OSError:
        return False


def stamp(path, made_with):
    with open(path + '.stamp', 'w') as f:
        f.write(made_with + '\n')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('dir')
    parser.add_argument('--gene-list', required=True)
    parser.add_argument('--cells', type=int, default=200_000)
    parser.add_argument('--genes', type=int, default=30_000)
    parser.add_argument('--x-gb', type=float, default=10.0)
    parser.add_argument('--small-only', action='store_true')
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    small = os.path.join(args.dir, 'small.h5ad')
    large = os.path.join(args.dir, 'large.h5ad')
    made_with = (f'var ids from {os.path.basename(args.gene_list)}, {args.cells} cells, '
                 f'{args.genes} genes')
    small_stamp = made_with
    large_stamp = f'{made_with}, X of {args.x_gb} GB'
    if current(small, small_stamp) and (args.small_only or current(large, large_stamp)):
        return
    rng = np.random.default_rng(7)
    genes = gene_list(args.gene_list, args.genes, np.random.default_rng(11))
    obs, var = frames(args.cells, genes, rng)
    # About 10 MB of X: 6 stored values per cell.
    per_row = 6
    indptr = np.arange(args.cells + 1, dtype=np.int64) * per_row
    indices = rng.integers(0, args.genes, args.cells * per_row).astype(np.int32)
    data = np.ones(args.cells * per_row, dtype=np.float32)
    x = sp.csr_matrix((data, indices, indptr), shape=(args.cells, args.genes))
    anndata.AnnData(X=x, obs=obs, var=var).write_h5ad(small)
    stamp(small, small_stamp)
    if args.small_only:
        return
    anndata.AnnData(X=x, obs=obs, var=var).write_h5ad(large)
    # X made large in place: data and indices rewritten block by block, indptr to match.
    per_row = max(1, int(args.x_gb * 1e9 / 8 / args.cells))
    with h5py.File(large, 'r+') as f:
        group = f['X']
        for name in ('data', 'indices', 'indptr'):
            del group[name]
        total = args.cells * per_row
        d = group.create_dataset('data', (total,), dtype='float32', chunks=(1 << 20,))
        i = group.create_dataset('indices', (total,), dtype='int32', chunks=(1 << 20,))
        block_rows = max(1, (1 << 24) // per_row)
        row_indices = np.arange(per_row, dtype=np.int32) % args.genes
        for first in range(0, args.cells, block_rows):
            rows = min(block_rows, args.cells - first)
            d[first * per_row:(first + rows) * per_row] = np.ones(rows * per_row, np.float32)
            i[first * per_row:(first + rows) * per_row] = np.tile(row_indices, rows)
        group.create_dataset('indptr', data=np.arange(args.cells + 1, dtype=np.int64) * per_row)
    stamp(large, large_stamp)


if __name__ == '__main__':
    main()
