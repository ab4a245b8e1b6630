#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace fd {

class RegistrySession;

// The bar above the window's pages while the registry's server is lost or does not answer: what
// happened, when FeatureDesk tries again, and (while it waits to) a button to try now. The pages
// stay as they were, with the user's place and any decisions not yet applied; writing waits until
// the bar goes.
class ConnectionBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    explicit ConnectionBanner(RegistrySession *session, QWidget *parent = nullptr);

    QString text() const;

private:
    void showLost(const QString &message);
    void scheduleShown(int ms);
    void updateText();

    RegistrySession *m_session;
    QLabel *m_label;
    QPushButton *m_retry;
    QString m_message;
    QTimer m_countdown;
    QElapsedTimer m_since;
    int m_nextTryMs = -1; // from m_since; -1: not known
};

} // namespace fd
