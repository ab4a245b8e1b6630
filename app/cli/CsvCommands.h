#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace fd::cli {

// featuredesk-cli preview FILE [--rows N] [--delimiter C] [--quote C] [--no-header] [--encoding E]
int runPreview(CliContext &context, const QStringList &args);

// featuredesk-cli inspect FILE [--max-rows N] [--delimiter C] [--quote C] [--no-header] [--encoding
// E]; an HDF5 file, or one named .h5ad, goes to runInspectH5ad (AnnDataCommands.h).
int runInspect(CliContext &context, const QStringList &args);

} // namespace fd::cli
