#include "app/cli/CliRegistry.h"

namespace fd::cli {

OpenedRegistry openRegistry(CliContext &context, bool create)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(context.registryLocation);
    if (!location)
        return {nullptr, context.usage(location.error().message)};
    Registry::OpenOptions options;
    options.createIfMissing = create;
    Result<std::unique_ptr<Registry>> registry = Registry::open(*location, options);
    if (!registry)
        return {nullptr, context.fail(registry.error().message)};
    return {std::move(registry).value(), Success};
}

QJsonValue nullableJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString isoTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace fd::cli
