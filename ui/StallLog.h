#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QString>

class QTimer;

namespace fd {

// A diagnostic any user can switch on for a bug report: FEATUREDESK_STALL_LOG=FILE makes the
// window append one JSON line per stall of its GUI thread over 50 ms,
// {"ms": how long, "at": when it began (UTC), "during": what was going on}. A timer on the GUI
// thread ticks every 10 ms; a tick that comes late by more than the threshold was held up by
// whatever ran on that thread meanwhile. "during" is the write or job under way (setDuring), else
// "start" for what ran before the event loop, else the last input the window got (a key or a
// click, and on which widget).
class StallLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallLog)

public:
    static constexpr int ThresholdMs = 50;
    static constexpr int TickMs = 10;

    // The log FEATUREDESK_STALL_LOG names, on the application; nothing when it names none.
    static StallLog *installFromEnvironment(QObject *parent);
    StallLog(const QString &path, QObject *parent);
    ~StallLog() override;

    bool isOpen() const { return m_file.isOpen(); }
    // What runs now (a write, a job), until it is set empty again; said in the lines of stalls
    // that happen meanwhile.
    static void setDuring(const QString &what);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();

    QFile m_file;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    bool m_ticked = false;
    QString m_input; // the last key or click, and where
};

} // namespace fd
