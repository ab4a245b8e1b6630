#pragma once

#include "app/cli/CliContext.h"

namespace fd::cli {

// featuredesk-cli validate FILE [--values COLUMN --field F [--organism O]] [dialect options]
// featuredesk-cli validate FILE.h5ad [--slot obs | --slot var [--column C] --field F
//                                     [--organism O]]
int runValidate(CliContext &context, const QStringList &args);

} // namespace fd::cli
