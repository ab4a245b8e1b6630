#pragma once

#include "model/Registry.h"

#include <QObject>

#include <memory>

namespace fd {

// The registry the window is working on. Panels and dialogs hold a pointer to the session, never
// their own Registry, so that opening another registry swaps it for all of them at once.
class RegistrySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrySession)

public:
    explicit RegistrySession(QObject *parent = nullptr);
    ~RegistrySession() override;

    Registry *registry() const { return m_registry.get(); }

    // Opens (or, with create, makes) the registry at location; on failure the current one stays.
    Status open(const QString &locationText, bool create);
    void close();

Q_SIGNALS:
    void aboutToChangeRegistry();
    void registryChanged(fd::Registry *registry);
    void recordsChanged(const QString &table);

private:
    std::unique_ptr<Registry> m_registry;
};

} // namespace fd
