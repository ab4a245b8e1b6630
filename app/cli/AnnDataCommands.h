#pragma once

#include "app/cli/CliContext.h"

#include <QString>

namespace fd::cli {

// featuredesk-cli inspect FILE.h5ad: X's dtype, shape and sparsity, then obs and var with each
// column's dtype, missing and distinct counts. inspect hands an HDF5 file (or one named .h5ad)
// here.
int runInspectH5ad(CliContext &context, const QString &path);

} // namespace fd::cli
