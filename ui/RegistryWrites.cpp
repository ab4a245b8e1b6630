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

Result<Registry *> RegistryWrites::writableRegistry() const
{
    Registry *registry = m_session->registry();
    if (!registry)
        return Error::make(Error::Code::NotFound, tr("No registry is open."));
    if (Status writable = registry->checkWritable(); !writable)
        return writable.error();
    return registry;
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
    if (Registry *registry = m_session->registry())
        for (RegistryTable table : changed)
            registry->notifyChanged(table);
    Q_EMIT busyChanged(false);
}

} // namespace fd
