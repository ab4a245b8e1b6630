#include "model/validation/ValidationJob.h"

#include "model/WorkerPool.h"
#include "model/csv/CsvProgress.h"
#include "model/db/Registry.h"
#include "model/validation/FileValidator.h"

namespace fd {

namespace {

class JobProgress final : public CsvProgress
{
public:
    JobProgress(ValidationJob &job, const std::atomic<bool> &cancelled)
        : m_job(job)
        , m_cancelled(cancelled)
    {
    }
    bool update(qint64 done, qint64 total) override
    {
        Q_EMIT m_job.progressed(done, total);
        return !m_cancelled.load();
    }
    bool isCancelled() const override { return m_cancelled.load(); }

private:
    ValidationJob &m_job;
    const std::atomic<bool> &m_cancelled;
};

} // namespace

ValidationJob::ValidationJob(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    setAutoDelete(true);
    qRegisterMetaType<fd::ValidationReport>();
    qRegisterMetaType<std::shared_ptr<const fd::NameIndex>>();
    qRegisterMetaType<fd::Error>();
}

void ValidationJob::run()
{
    yieldToTheWindow();
    Registry::OpenOptions options;
    options.migrate = false;
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_request.location, options);
    if (!registry) {
        Q_EMIT failed(registry.error());
        return;
    }
    FileValidator validator(**registry);
    if (m_request.index)
        validator.keepIndex(m_request.index, m_request.field, m_request.indexOrganism);
    FileValidator::Request request;
    request.path = m_request.path;
    request.options = m_request.options;
    request.field = m_request.field;
    request.names = FileValidator::Names::Given;
    request.givenNames = m_request.names;
    request.givenDtypes = m_request.dtypes;
    request.column = m_request.column;
    request.slot = m_request.slot;
    request.fieldFromValues = m_request.fieldFromValues;
    request.organism = m_request.organism;
    JobProgress progress(*this, m_cancelled);
    Result<FileValidator::Outcome> outcome = validator.validate(request, &progress);
    if (!outcome) {
        Q_EMIT failed(outcome.error());
        return;
    }
    Q_EMIT finished(outcome->report, outcome->organism, outcome->index);
}

} // namespace fd
