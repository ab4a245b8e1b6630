#pragma once

#include "app/cli/CliContext.h"

namespace fd::cli {

// featuredesk-cli standardize FILE --out OUT [--values COLUMN --field F [--organism O]]
//                             [dialect options]
int runStandardize(CliContext &context, const QStringList &args);

} // namespace fd::cli
