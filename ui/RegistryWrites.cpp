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

void RegistryWrites::begin(const QString &label)
{
    m_busy = true;
    StallLog::setDuring(label);
    auto *progress = new QProgressDialog(label, QString(), 0, 0, m_window);
    progress->setWindowTitle(m_title);
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(ProgressAfterMs);
    progress->setWindowModality(Qt::WindowModal);
    m_progress = progress;
    Q_EMIT busyChanged(true);
}

void RegistryWrites::end(const QList<RegistryTable> &changed)
{
    m_busy = false;
    StallLog::setDuring({});
    closeProgress(m_progress);
    // Written through the worker's connection: the window's own views are told here.
    for (RegistryTable table : changed)
        m_session->announceChanged(table);
    Q_EMIT busyChanged(false);
}

} // namespace fd
