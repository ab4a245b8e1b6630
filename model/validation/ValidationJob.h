#pragma once

#include "model/Result.h"
#include "model/anndata/H5adSummary.h"
#include "model/csv/CsvOptions.h"
#include "model/db/RegistryLocation.h"
#include "model/validation/Validation.h"
#include "model/validation/Validator.h"

#include <QObject>
#include <QRunnable>

#include <atomic>
#include <memory>
#include <optional>

namespace fd {

// Validates on a pool thread over a registry connection of its own: loads the index of the field
// (a genome's symbols take a few hundred milliseconds), reads the distinct values of a column when
// values are validated (a full pass over the file, with progress and cancel), and checks them.
// Column names (as features, or as genes) come from the import's scan, with their dtypes, and
// need no pass over the file.
// The index is handed back, so that checking again (another column, the same file after a dtype
// change) does not load it again while the registry is unchanged.
class ValidationJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationJob)

public:
    struct Request
    {
        RegistryLocation location;
        Validator::Field field = Validator::Field::FeatureName;
        QStringList names; // column names (column empty): the names ...
        QStringList dtypes; // ... and their dtypes (compared for features only)
        QString path; // values: the file,
        CsvOptions options; // how to read it,
        QString column; // the column (a header name, or a 0-based position without header)
        // Set: path is an AnnData .h5ad and the values are this table's (var: its index when
        // column is empty), read through its reader; options are not used.
        std::optional<H5adSlot> slot;
        bool fieldFromValues = false; // values: the gene field told from them (FileValidator)
        QString organism; // genes; empty: inferred from the values, or the registry's only one
        // An index of the field built before (for this organism), while the registry has not
        // changed: checking again then skips loading it. Empty: loaded here.
        std::shared_ptr<const NameIndex> index;
        QString indexOrganism;
    };

    explicit ValidationJob(Request request, QObject *parent = nullptr);

    void run() override;
    void cancel() { m_cancelled.store(true); }
    const Request &request() const { return m_request; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // index: the one used, for the caller to keep until the registry changes.
    void finished(const fd::ValidationReport &report, const QString &organism,
                  std::shared_ptr<const fd::NameIndex> index);
    void failed(const fd::Error &error);

private:
    Request m_request;
    std::atomic<bool> m_cancelled {false};
};

} // namespace fd

Q_DECLARE_METATYPE(std::shared_ptr<const fd::NameIndex>)
