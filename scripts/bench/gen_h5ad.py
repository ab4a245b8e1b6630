#!/usr/bin/env python3
"""Writes the AnnData files of the .h5ad inspect benchmark (BENCHMARKS.md), once.

  gen_h5ad.py DIR [--cells 200000] [--genes 30000] [--x-gb 10]

DIR/small.h5ad: CELLS x GENES with 8 obs columns (categoricals, strings, ints, floats, a bool,
missing values) and a var with gene ids beside a symbol index, written by anndata with a sparse X
of about 10 MB. DIR/large.h5ad: the same obs and var, with an X of about X_GB gigabytes (CSR,
float32, the same number of stored values in every row), written into the file after anndata
wrote it: anndata would need all of it in memory at once.
"""
import argparse
import os

import anndata
import h5py
import numpy as np
import pandas as pd
import scipy.sparse as sp


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
    var = pd.DataFrame(index=[f'GENE{i:05d}' for i in range(genes)])
    var['gene_ids'] = [f'ENSG{i:011d}' for i in range(genes)]
    var['highly_variable'] = rng.random(genes) < 0.1
    var['mean_counts'] = rng.random(genes).astype('float32')
    return obs, var


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('dir')
    parser.add_argument('--cells', type=int, default=200_000)
    parser.add_argument('--genes', type=int, default=30_000)
    parser.add_argument('--x-gb', type=float, default=10.0)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    small = os.path.join(args.dir, 'small.h5ad')
    large = os.path.join(args.dir, 'large.h5ad')
    if os.path.exists(small) and os.path.exists(large):
        return
    rng = np.random.default_rng(7)
    obs, var = frames(args.cells, args.genes, rng)
    # About 10 MB of X: 6 stored values per cell.
    per_row = 6
    indptr = np.arange(args.cells + 1, dtype=np.int64) * per_row
    indices = rng.integers(0, args.genes, args.cells * per_row).astype(np.int32)
    data = np.ones(args.cells * per_row, dtype=np.float32)
    x = sp.csr_matrix((data, indices, indptr), shape=(args.cells, args.genes))
    anndata.AnnData(X=x, obs=obs, var=var).write_h5ad(small)
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


if __name__ == '__main__':
    main()
