#pragma once

#include "model/RegistryLocation.h"
#include "model/Result.h"
#include "model/csv/CsvOptions.h"
#include "model/validation/Validation.h"
#include "model/validation/Validator.h"

#include <QObject>
#include <QRunnable>

#include <atomic>

namespace fd {

// Validates on a pool thread over a registry connection of its own: loads the index of the field
// (a genome's symbols take a few hundred milliseconds), reads the distinct values of a column when
// values are validated (a full pass over the file, with progress and cancel), and checks them.
// Column names come from the import's scan, with their dtypes, and need no pass over the file.
class ValidationJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationJob)

public:
    struct Request
    {
        RegistryLocation location;
        Validator::Field field = Validator::Field::FeatureName;
        QStringList names;   // FeatureName: the column names ...
        QStringList dtypes;  // ... and their dtypes
        QString path;        // values: the file,
        CsvOptions options;  // how to read it,
        QString column;      // the column (a header name, or a 0-based position without header)
        QString organism;    // genes; empty: inferred from the values, or the registry's only one
    };

    explicit ValidationJob(Request request, QObject *parent = nullptr);

    void run() override;
    void cancel() { m_cancelled.store(true); }
    const Request &request() const { return m_request; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const fd::ValidationReport &report, const QString &organism);
    void failed(const fd::Error &error);

private:
    Request m_request;
    std::atomic<bool> m_cancelled{false};
};

} // namespace fd
