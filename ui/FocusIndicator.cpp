#include "ui/FocusIndicator.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace fd {

namespace {

// The frame follows the focus by being a child of the focused widget: when that widget is
// deleted the frame goes with it, and the next focus change makes another.
QPointer<FocusIndicator> &current()
{
    static QPointer<FocusIndicator> indicator;
    return indicator;
}

} // namespace

FocusIndicator::FocusIndicator()
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setObjectName(QStringLiteral("focusIndicator"));
}

void FocusIndicator::install()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp,
                     [](QWidget *, QWidget *now) { follow(now); });
    follow(QApplication::focusWidget());
}

void FocusIndicator::follow(QWidget *focused)
{
    FocusIndicator *indicator = current();
    if (indicator && indicator->m_target)
        indicator->m_target->removeEventFilter(indicator);
    // Popups (menus, a combo box's list) show their current item themselves.
    if (!focused || focused->window()->windowType() == Qt::Popup) {
        if (indicator) {
            indicator->hide();
            indicator->m_target = nullptr;
        }
        return;
    }
    if (!indicator) {
        indicator = new FocusIndicator;
        current() = indicator;
    }
    indicator->m_target = focused;
    indicator->setParent(focused);
    indicator->setGeometry(focused->rect());
    focused->installEventFilter(indicator);
    indicator->raise();
    indicator->show();
}

bool FocusIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && event->type() == QEvent::Resize)
        setGeometry(m_target->rect());
    // A child the focused widget adds later (a row's editor) would cover the frame.
    if (watched == m_target && event->type() == QEvent::ChildAdded)
        raise();
    return QWidget::eventFilter(watched, event);
}

void FocusIndicator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Active, QPalette::Highlight));
    pen.setWidth(2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace fd
