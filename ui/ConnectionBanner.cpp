#include "ui/ConnectionBanner.h"

#include "ui/RegistrySession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace fd {

ConnectionBanner::ConnectionBanner(RegistrySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Connection to the registry"));
    m_retry->setToolTip(tr("Try to reach the registry's server now"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    hide();

    m_countdown.setInterval(500);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBanner::updateText);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_since.start();
        m_nextTryMs = 0; // "Trying again…" until the watcher says when the next try is
        updateText();
        m_session->retryNow();
    });
    connect(session, &RegistrySession::connectionLost, this, &ConnectionBanner::showLost);
    connect(session, &RegistrySession::retryScheduled, this, &ConnectionBanner::scheduleShown);
    connect(session, &RegistrySession::reconnected, this, [this] {
        m_countdown.stop();
        hide();
    });
    connect(session, &RegistrySession::registryChanged, this, [this] {
        m_countdown.stop();
        hide();
    });
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::showLost(const QString &message)
{
    m_message = message;
    if (!isVisible())
        m_nextTryMs = -1;
    updateText();
    show();
    m_countdown.start();
}

void ConnectionBanner::scheduleShown(int ms)
{
    m_since.start();
    m_nextTryMs = ms;
    updateText();
}

void ConnectionBanner::updateText()
{
    QString text = m_message;
    if (m_nextTryMs >= 0) {
        const qint64 left = (m_nextTryMs - m_since.elapsed() + 999) / 1000;
        text += QLatin1Char(' ')
            + (left > 0 ? tr("Next try in %n second(s).", nullptr, int(left))
                        : tr("Trying again…"));
    }
    m_label->setText(text);
    // Only while the watcher is waiting to try again: a server that does not answer is waited
    // for by the connection itself, and a try now would only queue behind it.
    m_retry->setVisible(m_nextTryMs >= 0);
}

} // namespace fd
