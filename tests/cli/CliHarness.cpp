#include "tests/cli/CliHarness.h"

#include <QProcess>

namespace fd::test {

QProcessEnvironment CliHarness::baseEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FEATUREDESK_REGISTRY"));
    environment.insert(QStringLiteral("HOME"), m_registries.tempPath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       m_registries.tempPath(QStringLiteral("home/.local/share")));
    return environment;
}

CliRun CliHarness::run(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? baseEnvironment() : environment);
    process.start(QStringLiteral(FEATUREDESK_CLI), arguments);
    CliRun result;
    if (!process.waitForStarted(30000)) {
        qWarning("could not start %s: %s", FEATUREDESK_CLI, qPrintable(process.errorString()));
        return result;
    }
    if (!process.waitForFinished(120000)) {
        qWarning("featuredesk-cli %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

bool CliHarness::initRegistry()
{
    const CliRun init = run({QStringLiteral("--registry"), m_location, QStringLiteral("init")});
    if (init.exitCode != 0)
        qWarning("init failed: %s", init.describe().constData());
    return init.exitCode == 0;
}

QJsonObject CliHarness::addFeature(const QStringList &arguments)
{
    const CliRun added = run(QStringList {QStringLiteral("--registry"), m_location,
                                          QStringLiteral("features"), QStringLiteral("add")}
                             + arguments + QStringList {QStringLiteral("--json")});
    if (added.exitCode != 0) {
        qWarning("features add failed: %s", added.describe().constData());
        return {};
    }
    return added.json().object();
}

} // namespace fd::test
