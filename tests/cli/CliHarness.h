#pragma once

#include "tests/support/BackendTest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

// QSKIP ends the function it stands in, so this has to be a macro, not a helper function.
#define FD_SKIP_UNLESS_SQLITE(why)                                                                 \
    do {                                                                                           \
        if (m_backend != QLatin1StringView("sqlite"))                                              \
            QSKIP(why);                                                                            \
    } while (false)

namespace fd::test {

// What one run of featuredesk-cli did.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For QVERIFY2: what the process said, when it said something unexpected.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + ", stdout: " + out + ", stderr: " + err;
    }
};

// What the CLI test programs share: running the real binary through QProcess in a clean
// environment, on the registry location of the current backend row (m_location, set by init()).
class CliHarness
{
protected:
    // A clean environment: no FEATUREDESK_REGISTRY, and a home of our own, so that a command
    // without --registry can never touch the user's real default registry.
    QProcessEnvironment baseEnvironment() const;
    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment = {}) const;
    // Runs `init` on m_location and checks it worked.
    bool initRegistry();
    QJsonObject addFeature(const QStringList &arguments);

    TestRegistries m_registries;
    QString m_backend;
    QString m_location;
};

} // namespace fd::test

// The init() of every CLI test: the backend row's fresh location (or a skip).
#define FD_CLI_INIT()                                                                              \
    do {                                                                                           \
        FD_BACKEND_INIT(m_registries, m_location);                                                 \
        QFETCH_GLOBAL(QString, backend);                                                           \
        m_backend = backend;                                                                       \
    } while (false)
