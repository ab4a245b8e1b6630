#pragma once

#include "app/cli/CliContext.h"
#include "model/db/Registry.h"

#include <QDateTime>
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

// An error's message with the CLI's words for its remedy (a command to run).
QString messageOf(const Error &error);
// The CLI's words for what the user can do (empty for Remedy::None).
QString remedyOf(Error::Remedy remedy);

// An empty text as JSON null.
QJsonValue nullableJson(const QString &text);

// A time as ISO 8601 in UTC, as every command writes it.
QString isoTime(const QDateTime &when);

} // namespace fd::cli
