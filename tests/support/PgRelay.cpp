#include "tests/support/PgRelay.h"

#include "tests/support/TestRegistry.h"

#include <QTcpSocket>

namespace fd::test {

namespace {

QString relayServer()
{
    return qEnvironmentVariable("FEATUREDESK_TEST_PG_RELAY");
}

QString relayControl()
{
    return qEnvironmentVariable("FEATUREDESK_TEST_PG_RELAY_CONTROL");
}

} // namespace

QString PgRelay::skipReason()
{
    if (TestRegistries::pgServer().isEmpty())
        return QStringLiteral("FEATUREDESK_TEST_PG is not set: no PostgreSQL server to test "
                              "against (scripts/test.sh starts one).");
    if (relayServer().isEmpty() || relayControl().isEmpty())
        return QStringLiteral("FEATUREDESK_TEST_PG_RELAY and FEATUREDESK_TEST_PG_RELAY_CONTROL "
                              "are not set: no latency relay in front of the server "
                              "(scripts/test.sh starts one with scripts/pg-relay.sh).");
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
