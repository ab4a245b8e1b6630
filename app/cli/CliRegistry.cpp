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
        return {nullptr, context.fail(messageOf(registry.error()))};
    return {std::move(registry).value(), Success};
}

QString messageOf(const Error &error)
{
    switch (error.remedy) {
    case Error::Remedy::CreateRegistry:
        return error.message
            + QStringLiteral(" Run `featuredesk-cli --registry LOCATION init` to "
                             "create one.");
    case Error::Remedy::NameOrganism:
        return error.message + QStringLiteral(" Name it with --organism.");
    case Error::Remedy::None:
        break;
    }
    return error.message;
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
