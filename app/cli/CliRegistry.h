#pragma once

#include "app/cli/CliContext.h"
#include "model/Registry.h"

#include <QJsonValue>

#include <memory>

namespace fd::cli {

// The registry a command works on (--registry, FEATUREDESK_REGISTRY or the default), or the exit
// status to return when it cannot be opened (the message is printed already).
struct OpenedRegistry
{
    std::unique_ptr<Registry> registry;
    int exitCode = Success;
};
OpenedRegistry openRegistry(CliContext &context, bool create = false);

// An empty text as JSON null.
QJsonValue nullableJson(const QString &text);

} // namespace fd::cli
