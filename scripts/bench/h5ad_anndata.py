#!/usr/bin/env python3
"""What a user would otherwise run to see an .h5ad's columns: anndata.read_h5ad(f, backed="r")
and, for obs and var, each column's dtype, missing and distinct counts (the summary
featuredesk-cli inspect prints), printed as JSON so that the two can be compared."""
import json
import sys

import anndata
import pandas as pd


def columns(frame):
    out = []
    for name in frame.columns:
        series = frame[name]
        out.append({'name': name, 'dtype': str(series.dtype),
                    'n_missing': int(series.isna().sum()),
                    'n_distinct': int(series.nunique(dropna=True))})
    return {'index': frame.index.name, 'columns': out}


def main():
    adata = anndata.read_h5ad(sys.argv[1], backed='r')
    summary = {'n_obs': adata.n_obs, 'n_vars': adata.n_vars,
               'x': {'dtype': str(adata.X.dtype)},
               'obs': columns(adata.obs), 'var': columns(adata.var)}
    json.dump(summary, sys.stdout)
    adata.file.close()


if __name__ == '__main__':
    main()
