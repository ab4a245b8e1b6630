#include "ui/RegistrySession.h"

namespace fd {

RegistrySession::RegistrySession(QObject *parent)
    : QObject(parent)
{
}

RegistrySession::~RegistrySession() = default;

Status RegistrySession::open(const QString &locationText, bool create)
{
    const Result<RegistryLocation> location = RegistryLocation::parse(locationText);
    if (!location)
        return location.error();
    Registry::OpenOptions options;
    options.createIfMissing = create;
    Result<std::unique_ptr<Registry>> opened = Registry::open(*location, options);
    if (!opened)
        return opened.error();
    Q_EMIT aboutToChangeRegistry();
    m_registry = std::move(opened).value();
    connect(m_registry.get(), &Registry::recordsChanged, this, &RegistrySession::recordsChanged);
    Q_EMIT registryChanged(m_registry.get());
    return {};
}

void RegistrySession::close()
{
    if (!m_registry)
        return;
    Q_EMIT aboutToChangeRegistry();
    m_registry.reset();
    Q_EMIT registryChanged(nullptr);
}

} // namespace fd
