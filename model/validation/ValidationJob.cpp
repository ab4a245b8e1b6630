#include "model/validation/ValidationJob.h"

#include "model/db/Registry.h"
#include "model/csv/CsvColumnRef.h"
#include "model/csv/CsvColumnValues.h"
#include "model/csv/CsvProgress.h"
#include "model/validation/IndexLoader.h"

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

private:
    ValidationJob &m_job;
    const std::atomic<bool> &m_cancelled;
};

Error cancelledError()
{
    return Error::make(Error::Code::Cancelled, QStringLiteral("Validation cancelled."));
}

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
    Registry::OpenOptions options;
    options.migrate = false;
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_request.location, options);
    if (!registry) {
        Q_EMIT failed(registry.error());
        return;
    }
    const bool values = m_request.field != Validator::Field::FeatureName;
    QStringList checked = m_request.names;
    CsvColumnValues column;
    if (values) {
        JobProgress progress(*this, m_cancelled);
        Result<CsvColumnValues> read = CsvColumnValues::read(
            m_request.path, CsvColumnRef::fromText(m_request.column), m_request.options, &progress);
        if (!read) {
            Q_EMIT failed(m_cancelled.load() ? cancelledError() : read.error());
            return;
        }
        column = std::move(read).value();
        checked = column.distinct;
    }
    if (m_cancelled.load()) {
        Q_EMIT failed(cancelledError());
        return;
    }

    QString organism = m_request.organism;
    if (values && organism.isEmpty()) {
        organism = IndexLoader::inferOrganism(**registry, m_request.field, checked.mid(0, 1000));
        if (organism.isEmpty()) {
            Q_EMIT failed(Error::make(Error::Code::Invalid,
                                      QStringLiteral("The genes' organism cannot be told from the "
                                                     "values; choose one.")));
            return;
        }
    }
    std::shared_ptr<const NameIndex> index = m_request.index;
    if (!index || m_request.indexOrganism != organism) {
        Result<NameIndex> loaded = IndexLoader::load(**registry, m_request.field, organism);
        if (!loaded) {
            Q_EMIT failed(loaded.error());
            return;
        }
        index = std::make_shared<const NameIndex>(std::move(loaded).value());
    }
    if (m_cancelled.load()) {
        Q_EMIT failed(cancelledError());
        return;
    }
    ValidationReport report = Validator(*index, m_request.field).validate(checked, m_request.dtypes);
    if (values) {
        for (ValidationItem &item : report.items)
            item.count = column.counts.value(item.value, 1);
        report.emptyCount = column.empty;
        report.duplicateCount = column.duplicates();
    }
    Q_EMIT finished(report, organism, index);
}

} // namespace fd
