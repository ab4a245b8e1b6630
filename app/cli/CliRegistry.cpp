#include "app/cli/CliRegistry.h"

namespace fd::cli {

OpenedRegistry openRegistry(CliContext &context, bool create)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(context.registryLocation);
    if (!location)
        return {nullptr, context.usage(location.error().message)};
    Registry::OpenOptions options;
    options.createIfMissing = create;
    // Commands import whole gene files and register folders of artifacts, and scripts wait for
    // them; a silent server is still noticed by keepalives and the TCP user timeout.
    options.statementTimeoutMs = 0;
    Result<std::unique_ptr<Registry>> registry = Registry::open(*location, options);
    if (!registry)
        return {nullptr, context.fail(messageOf(registry.error()))};
    return {std::move(registry).value(), Success};
}

QString remedyOf(Error::Remedy remedy)
{
    switch (remedy) {
    case Error::Remedy::CreateRegistry:
        return QStringLiteral("Run `featuredesk-cli --registry LOCATION init` to create one.");
    case Error::Remedy::NameOrganism:
        return QStringLiteral("Name it with --organism.");
    case Error::Remedy::SetUpDatabase:
        return QStringLiteral("Run `featuredesk-cli --registry LOCATION init` to set it up, or ask "
                              "the server's administrator.");
    case Error::Remedy::UpdateSchema:
        return QStringLiteral("Run `featuredesk-cli --registry LOCATION init` to update it.");
    case Error::Remedy::ImportGenes:
        return QStringLiteral("Import its genes with `featuredesk-cli genes import FILE`, or name "
                              "one of the organisms the registry has.");
    case Error::Remedy::SetUpRoles:
        return QStringLiteral("Ask the server's administrator to run `featuredesk-cli --registry "
                              "LOCATION init` as a user with CREATEROLE, or to create them "
                              "(README: a shared lab registry).");
    case Error::Remedy::None:
        break;
    }
    return {};
}

QString messageOf(const Error &error)
{
    const QString remedy = remedyOf(error.remedy);
    return remedy.isEmpty() ? error.message : error.message + QLatin1Char(' ') + remedy;
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
