#include "ui/StallLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace fd {

namespace {

QPointer<StallLog> &current()
{
    static QPointer<StallLog> log;
    return log;
}

QString &during()
{
    static QString what;
    return what;
}

QString describeInput(const QObject *watched, const QEvent *event)
{
    const char *kind = event->type() == QEvent::KeyPress ? "key" : "click";
    QString where = QString::fromLatin1(watched->metaObject()->className());
    if (!watched->objectName().isEmpty())
        where += QLatin1Char(' ') + watched->objectName();
    return QStringLiteral("%1 on %2").arg(QLatin1StringView(kind), where);
}

} // namespace

StallLog *StallLog::installFromEnvironment(QObject *parent)
{
    const QString path = qEnvironmentVariable("FEATUREDESK_STALL_LOG").trimmed();
    if (path.isEmpty())
        return nullptr;
    return new StallLog(path, parent);
}

StallLog::StallLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_file(path)
    , m_timer(new QTimer(this))
{
    // Appended to, so that several sessions (and a crash) leave their lines; a log that cannot
    // be opened is said once on stderr and the window runs on without it.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        qWarning("FEATUREDESK_STALL_LOG: cannot write %s: %s", qPrintable(path),
                 qPrintable(m_file.errorString()));
        return;
    }
    current() = this;
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &StallLog::tick);
    m_clock.start();
    m_last = m_clock.elapsed();
    m_timer->start();
}

StallLog::~StallLog()
{
    if (current() == this)
        current() = nullptr;
}

void StallLog::setDuring(const QString &what)
{
    during() = what;
}

bool StallLog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched->isWidgetType()
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress))
        m_input = describeInput(watched, event);
    return QObject::eventFilter(watched, event);
}

void StallLog::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = now - m_last - TickMs;
    m_last = now;
    const bool first = !m_ticked; // held up by what ran before the event loop: the start
    m_ticked = true;
    if (late <= ThresholdMs || !m_file.isOpen())
        return;
    const QDateTime began = QDateTime::currentDateTimeUtc().addMSecs(-(late + TickMs));
    const QJsonObject line {
        {QStringLiteral("ms"), late},
        {QStringLiteral("at"), began.toString(Qt::ISODateWithMs)},
        {QStringLiteral("during"),
         !during().isEmpty() ? during()
             : first         ? QStringLiteral("start")
                             : m_input},
    };
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace fd
