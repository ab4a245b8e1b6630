#pragma once

#include <QPointer>
#include <QWidget>

namespace fd {

// Draws a frame in the palette's highlight colour around the widget that has the keyboard focus,
// wherever it is: the styles draw the focus of some widgets faintly (a table's current cell) or
// not at all (a chart, flat tool buttons), so that after a Tab nothing showed where it went.
// The frame is a child laid over the focused widget, ignoring the mouse; one for the application.
class FocusIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusIndicator)

public:
    // Starts following the focus (once; later calls do nothing).
    static void install();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FocusIndicator();
    static void follow(QWidget *focused);

    QPointer<QWidget> m_target;
};

} // namespace fd
