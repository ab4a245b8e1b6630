#pragma once

#include "app/cli/CliContext.h"

namespace fd::cli {

// artifacts register PATH... | artifacts attach UID... --slot SLOT --set SET [--artifacts-file F]
// [--replace] | artifacts detach UID --slot SLOT | artifacts show UID
int runArtifacts(CliContext &context, const QStringList &args);
// compare UID_A UID_B: per slot, the same set or how the sets overlap
int runCompare(CliContext &context, const QStringList &args);

} // namespace fd::cli
