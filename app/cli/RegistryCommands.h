#pragma once

#include "app/cli/CliContext.h"

namespace fd::cli {

int runInit(CliContext &context, const QStringList &args);
int runInfo(CliContext &context, const QStringList &args);
int runHashSet(CliContext &context, const QStringList &args);
int runFeatures(CliContext &context, const QStringList &args);
int runSets(CliContext &context, const QStringList &args);

} // namespace fd::cli
