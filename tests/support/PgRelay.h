#pragma once

#include <QByteArray>
#include <QString>

namespace fd::test {

// The latency relay scripts/test.sh starts in front of the test PostgreSQL server
// (scripts/latency-relay.py): FEATUREDESK_TEST_PG_RELAY is the server's URL through the relay,
// FEATUREDESK_TEST_PG_RELAY_CONTROL the relay's control address (host:port). Without them (a
// server started by hand) the test program starts a relay of its own in front of
// FEATUREDESK_TEST_PG. One relay serves a whole test run, so a test that changes it (a delay,
// hang, refuse) calls reset() when done.
class PgRelay
{
public:
    // Why the relay cannot be used (no server, or the relay did not start), or empty.
    static QString skipReason();
    // location (a PostgreSQL registry URL on FEATUREDESK_TEST_PG) reached through the relay.
    static QString throughRelay(const QString &location);
    // Sends one control command ("hang", "resume", "drop", "refuse", "delay MS", "rtt MS",
    // "status"); true when the relay answered "ok", with its answer in *answer, else why not.
    static bool command(const QByteArray &line, QString *answer = nullptr);
    // Forwarding, accepting, and no added delay: as the relay starts.
    static bool reset(QString *answer = nullptr);
};

} // namespace fd::test

// Skip (or, with FEATUREDESK_TEST_PG_REQUIRED=1, fail) a test that needs the relay when it is not
// there.
#define FD_REQUIRE_PG_RELAY()                                                                      \
    do {                                                                                           \
        const QString fdRelayReason_ = fd::test::PgRelay::skipReason();                            \
        if (!fdRelayReason_.isEmpty()) {                                                           \
            if (qEnvironmentVariableIntValue("FEATUREDESK_TEST_PG_REQUIRED"))                      \
                QFAIL(qPrintable(fdRelayReason_));                                                 \
            QSKIP(qPrintable(fdRelayReason_));                                                     \
        }                                                                                          \
    } while (false)
