// FEATUREDESK_STALL_LOG: a stall of the GUI thread becomes one JSON line in the file named, with
// how long, when and during what; nothing is logged when the variable names no file.

#include "ui/StallLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace fd;

class TestStallLog final : public QObject
{
    Q_OBJECT

    static QList<QJsonObject> lines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> objects;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        return objects;
    }

private Q_SLOTS:
    void offWithoutTheVariable()
    {
        qunsetenv("FEATUREDESK_STALL_LOG");
        QVERIFY(!StallLog::installFromEnvironment(this));
    }

    void aStallIsOneLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stalls.jsonl"));
        qputenv("FEATUREDESK_STALL_LOG", path.toLocal8Bit());
        StallLog *log = StallLog::installFromEnvironment(this);
        qunsetenv("FEATUREDESK_STALL_LOG");
        QVERIFY(log);
        QVERIFY(log->isOpen());

        // Work that holds the GUI thread for 300 ms, while a write says what it is.
        StallLog::setDuring(QStringLiteral("Attaching the set"));
        QTimer::singleShot(50, this, [] { QThread::msleep(300); });
        QTRY_VERIFY_WITH_TIMEOUT(!lines(path).isEmpty(), 5000);
        StallLog::setDuring({});
        // The longest line is this stall (a busy machine may add short ones of its own).
        QJsonObject stall;
        for (const QJsonObject &line : lines(path))
            if (line.value(QStringLiteral("ms")).toInt()
                > stall.value(QStringLiteral("ms")).toInt())
                stall = line;
        QVERIFY2(stall.value(QStringLiteral("ms")).toInt() >= 250,
                 QJsonDocument(stall).toJson().constData());
        QVERIFY(stall.value(QStringLiteral("ms")).toInt() < 5000);
        QCOMPARE(stall.value(QStringLiteral("during")).toString(),
                 QStringLiteral("Attaching the set"));
        const QDateTime at = QDateTime::fromString(stall.value(QStringLiteral("at")).toString(),
                                                   Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // Without a write under way, the last input is named: a key on a named widget.
        QLineEdit edit;
        edit.setObjectName(QStringLiteral("filter"));
        edit.show();
        QTest::keyClick(&edit, Qt::Key_A);
        const qsizetype before = lines(path).size();
        QTimer::singleShot(50, this, [] { QThread::msleep(200); });
        QTRY_VERIFY_WITH_TIMEOUT(lines(path).size() > before, 5000);
        for (const QJsonObject &line : lines(path).mid(before))
            QCOMPARE(line.value(QStringLiteral("during")).toString(),
                     QStringLiteral("key on QLineEdit filter"));
        delete log;
    }
};

QTEST_MAIN(TestStallLog)
#include "tst_stalllog.moc"
