#include "ui/UnappliedDecisions.h"

#include "model/validation/ValidationModel.h"
#include "ui/ErrorPresenter.h"
#include "ui/ImportPage.h"
#include "ui/ReviewPanel.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace fd {

UnappliedDecisions::UnappliedDecisions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool UnappliedDecisions::settle(const QList<ImportPage *> &pages,
                                std::function<void()> closeAfterApply)
{
    if (isApplying())
        return false; // the pages close when the applies end
    QList<ImportPage *> pending;
    QStringList named;
    for (ImportPage *page : pages) {
        if (!page->review()->hasUnappliedDecisions())
            continue;
        pending.append(page);
        named.append(tr("%1 (%n decision(s))", nullptr, page->review()->model()->decidedCount())
                         .arg(QFileInfo(page->path()).fileName()));
    }
    if (pending.isEmpty())
        return true;

    const QString text = pending.size() == 1
        ? tr("The review of %1 has %n decision(s) that are not applied.", nullptr,
             pending.constFirst()->review()->model()->decidedCount())
              .arg(QFileInfo(pending.constFirst()->path()).fileName())
        : tr("These reviews have decisions that are not applied:\n%1")
              .arg(named.join(QLatin1Char('\n')));
    // Close stands for Discard: it is the button that closes without the decisions.
    QMessageBox box(QMessageBox::Question, tr("Decisions not applied"), text,
                    QMessageBox::Apply | QMessageBox::Close | QMessageBox::Cancel, m_window);
    box.setInformativeText(
        tr("Apply writes the decisions to the registry, then closes. Discard closes and loses "
           "them. Cancel keeps everything open."));
    box.button(QMessageBox::Apply)->setText(tr("&Apply"));
    box.button(QMessageBox::Close)->setText(tr("&Discard"));
    box.setDefaultButton(QMessageBox::Apply);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Close:
        for (ImportPage *page : std::as_const(pending))
            page->review()->discardDecisions();
        return true;
    case QMessageBox::Apply:
        for (ImportPage *page : std::as_const(pending))
            m_queue.append(page);
        m_then = std::move(closeAfterApply);
        applyNext();
        return false;
    default:
        return false;
    }
}

void UnappliedDecisions::applyNext()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_current = nullptr;
    while (!m_queue.isEmpty() && !m_current) {
        ImportPage *page = m_queue.takeFirst();
        if (page && page->review()->hasUnappliedDecisions())
            m_current = page;
    }
    if (!m_current) {
        if (std::function<void()> then = std::exchange(m_then, {}))
            then();
        return;
    }
    ReviewPanel *review = m_current->review();
    m_connections = {connect(review, &ReviewPanel::applied, this, &UnappliedDecisions::applyNext),
                     connect(review, &ReviewPanel::applyFailed, this, &UnappliedDecisions::stop),
                     connect(review, &QObject::destroyed, this, &UnappliedDecisions::stop)};
    if (!review->isApplying())
        review->apply();
    if (!review->isApplying()) {
        // Apply did not start (no registry open, say): nothing was written, the pages stay.
        ErrorPresenter::show(m_window,
                             Error::make(Error::Code::Invalid,
                                         tr("The decisions of %1 could not be applied; nothing was "
                                            "closed.")
                                             .arg(QFileInfo(m_current->path()).fileName())));
        stop();
    }
}

void UnappliedDecisions::stop()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_queue.clear();
    m_current = nullptr;
    m_then = {};
    Q_EMIT applyFailed();
}

} // namespace fd
