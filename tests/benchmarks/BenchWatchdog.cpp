#include "BenchWatchdog.h"

#include "model/db/Registry.h"
#include "model/db/SqlErrors.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <chrono>
#include <cstring>

#include <dlfcn.h>

namespace fd::bench {

BenchWatchdog::BenchWatchdog(Registry &registry, double capSeconds)
    : m_registry(registry)
    , m_capSeconds(capSeconds)
    , m_postgres(registry.dialect().isPostgres())
{
    if (m_postgres)
        return;
    const QVariant handle = registry.database().driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_handle = *static_cast<void *const *>(handle.constData());
    if (void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD)) {
        m_interrupt = reinterpret_cast<void (*)(void *)>(dlsym(library, "sqlite3_interrupt"));
        dlclose(library); // NOLOAD took a reference; the driver keeps the library loaded
    }
}

BenchWatchdog::~BenchWatchdog()
{
    disarm();
}

Status BenchWatchdog::arm()
{
    disarm();
    m_fired = false;
    m_clock.start();
    if (m_postgres) {
        QSqlQuery query(m_registry.database());
        if (!query.exec(
                QStringLiteral("SET statement_timeout = %1").arg(qint64(m_capSeconds * 1000))))
            return sqlError(query, QStringLiteral("set statement_timeout"));
        return {};
    }
    if (!m_interrupt)
        return {};
    {
        const std::lock_guard lock(m_mutex);
        m_armed = true;
    }
    m_thread = std::thread([this] { watch(); });
    return {};
}

void BenchWatchdog::disarm()
{
    if (m_postgres) {
        if (m_clock.isValid()) {
            // A statement stopped by statement_timeout ran for the cap; the call around it longer.
            if (double(m_clock.elapsed()) >= m_capSeconds * 1000.0)
                m_fired = true;
            QSqlQuery(m_registry.database()).exec(QStringLiteral("SET statement_timeout = 0"));
            m_clock.invalidate();
        }
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_armed = false;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BenchWatchdog::watch()
{
    std::unique_lock lock(m_mutex);
    const auto cap = std::chrono::milliseconds(qint64(m_capSeconds * 1000));
    if (m_wake.wait_for(lock, cap, [this] { return !m_armed; }))
        return;
    m_fired = true;
    // Keep interrupting: the model goes on with its next statement after the first one stops.
    while (m_armed) {
        m_interrupt(m_handle);
        m_wake.wait_for(lock, std::chrono::milliseconds(20), [this] { return !m_armed; });
    }
}

} // namespace fd::bench
