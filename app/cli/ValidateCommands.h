#pragma once

#include "app/cli/CliContext.h"

namespace fd::cli {

// featuredesk-cli validate FILE [--values COLUMN --field F [--organism O]] [dialect options]
int runValidate(CliContext &context, const QStringList &args);

} // namespace fd::cli
