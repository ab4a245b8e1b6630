#pragma once

#include "app/cli/CliContext.h"

namespace fd::cli {

// genes import FILE [--organism NAME] | genes find TEXT [--organism NAME] [--limit N]
int runGenes(CliContext &context, const QStringList &args);

} // namespace fd::cli
