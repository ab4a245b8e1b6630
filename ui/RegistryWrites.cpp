#include "ui/RegistryWrites.h"

#include "ui/ProgressDialogs.h"
#include "ui/StallLog.h"

#include <QProgressDialog>

namespace fd {

RegistryWrites::RegistryWrites(RegistrySession *session, QWidget *window, QString title)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_title(std::move(title))
{
    m_pool.setMaxThreadCount(1); // one write at a time, in the order asked
}

RegistryWrites::~RegistryWrites()
{
    m_pool.waitForDone();
}

Result<RegistryLocation> RegistryWrites::writableLocation(const RegistrySession &session)
{
    const std::optional<RegistryLocation> location = session.location();
    if (!location)
        return Error::make(Error::Code::NotFound, tr("No registry is open."));
    // Registry::checkWritable's words, without asking the registry.
    if (session.isReadOnly())
        return Error::make(
            Error::Code::ReadOnly,
            QCoreApplication::translate("fd::Registry", "%1: %2 Nothing was changed.")
                .arg(location->displayText(), session.readOnlyReason()));
    return *location;
}

Error RegistryWrites::cancelledError()
{
    return Error::make(Error::Code::Cancelled, tr("Cancelled: nothing of it was written."));
}

void RegistryWrites::begin(const QString &label)
{
    m_busy = true;
    m_cancelled = false;
    StallLog::setDuring(label);
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(m_title);
    progress->setMinimumDuration(ProgressAfterMs);
    progress->setWindowModality(Qt::WindowModal);
    connect(progress, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        QueryInterrupter::interruptSoon(m_interrupter, 2);
    });
    m_progress = progress;
    Q_EMIT busyChanged(true);
}

void RegistryWrites::end(const QList<RegistryTable> &changed)
{
    m_busy = false;
    StallLog::setDuring({});
    if (m_progress)
        disconnect(m_progress, &QProgressDialog::canceled, this, nullptr);
    closeProgress(m_progress);
    // Written through the worker's connection: the window's own views are told here.
    for (RegistryTable table : changed)
        m_session->announceChanged(table);
    Q_EMIT busyChanged(false);
}

} // namespace fd
