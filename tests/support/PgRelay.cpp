#include "tests/support/PgRelay.h"

#include "tests/support/TestRegistry.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTcpSocket>
#include <QUrl>

namespace fd::test {

namespace {

// A relay of the test program's own, for a run without scripts/test.sh (a server started by
// hand): started on first use in front of FEATUREDESK_TEST_PG, stopped when the program ends.
struct OwnRelay
{
    QProcess process;
    QString server;
    QString control;
    QString error;
};

void stopOwnRelay();

OwnRelay &ownRelay()
{
    static OwnRelay *relay = [] {
        auto *own = new OwnRelay;
        const QUrl url(TestRegistries::pgServer());
        own->process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        own->process.start(QStringLiteral("python3"),
                           {QStringLiteral(FEATUREDESK_LATENCY_RELAY), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--target"),
                            QStringLiteral("%1:%2").arg(url.host()).arg(url.port(5432)),
                            QStringLiteral("--control"), QStringLiteral("127.0.0.1:0")});
        QStringList ports;
        while (ports.size() < 2) {
            if (own->process.canReadLine())
                ports << QString::fromUtf8(own->process.readLine()).trimmed();
            else if (!own->process.waitForReadyRead(10000))
                break;
        }
        if (ports.size() < 2) {
            own->error
                = QStringLiteral("the latency relay %1 did not start: %2")
                      .arg(QStringLiteral(FEATUREDESK_LATENCY_RELAY), own->process.errorString());
            return own;
        }
        QUrl through = url;
        through.setPort(ports.at(0).toInt());
        own->server = through.toString();
        own->control = QStringLiteral("127.0.0.1:") + ports.at(1);
        qAddPostRoutine(stopOwnRelay);
        return own;
    }();
    return *relay;
}

void stopOwnRelay()
{
    QProcess &process = ownRelay().process;
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
}

bool fromEnvironment()
{
    return qEnvironmentVariableIsSet("FEATUREDESK_TEST_PG_RELAY")
        && qEnvironmentVariableIsSet("FEATUREDESK_TEST_PG_RELAY_CONTROL");
}

QString relayServer()
{
    return fromEnvironment() ? qEnvironmentVariable("FEATUREDESK_TEST_PG_RELAY")
                             : ownRelay().server;
}

QString relayControl()
{
    return fromEnvironment() ? qEnvironmentVariable("FEATUREDESK_TEST_PG_RELAY_CONTROL")
                             : ownRelay().control;
}

} // namespace

QString PgRelay::skipReason()
{
    if (TestRegistries::pgServer().isEmpty())
        return QStringLiteral("FEATUREDESK_TEST_PG is not set: no PostgreSQL server to test "
                              "against (scripts/test.sh starts one).");
    if (!fromEnvironment() && !ownRelay().error.isEmpty())
        return ownRelay().error;
    return {};
}

QString PgRelay::throughRelay(const QString &location)
{
    const QString server = TestRegistries::pgServer();
    if (!location.startsWith(server))
        return location;
    return relayServer() + location.mid(server.size());
}

bool PgRelay::command(const QByteArray &line, QString *answer)
{
    const QString control = relayControl();
    const qsizetype colon = control.lastIndexOf(QLatin1Char(':'));
    QTcpSocket socket;
    socket.connectToHost(control.left(colon), quint16(control.mid(colon + 1).toUInt()));
    QString reply;
    if (!socket.waitForConnected(5000)) {
        reply = QStringLiteral("cannot reach the relay's control at %1: %2")
                    .arg(control, socket.errorString());
    } else {
        socket.write(line + '\n');
        while (!socket.canReadLine() && socket.waitForReadyRead(5000)) { }
        reply = socket.canReadLine()
            ? QString::fromUtf8(socket.readLine()).trimmed()
            : QStringLiteral("no answer from the relay to %1").arg(QString::fromUtf8(line));
    }
    if (answer)
        *answer = reply;
    return reply.startsWith(QLatin1StringView("ok"));
}

bool PgRelay::reset(QString *answer)
{
    return command("resume", answer) && command("delay 0", answer);
}

} // namespace fd::test
