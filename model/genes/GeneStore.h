#pragma once

#include "model/Result.h"
#include "model/genes/GeneRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd {

class Registry;
struct GeneFile;

// Genes in the registry: the bulk import of a gene table and the look-ups the CLI and views need.
class GeneStore
{
public:
    explicit GeneStore(Registry &registry)
        : m_registry(registry)
    {
    }

    enum class Stage { Reading, Matching, Writing };
    // done/total within the stage; false cancels (the import then fails with Error::Code::Cancelled
    // and leaves the registry as it was).
    using Progress = std::function<bool(Stage stage, qint64 done, qint64 total)>;

    struct ImportOptions
    {
        QString organism; // a name ("human") or taxon id; empty: the one the file gives
        qint64 batchRows = 0; // rows per bulk statement; 0: the backend's default
    };

    // Reads path (NCBI gene_info, BioMart, HGNC, a GENCODE list; plain or gzip) and imports it.
    Result<GeneImportReport> importFile(const QString &path, const ImportOptions &options,
                                        const Progress &progress = {});

    // Imports genes already read, in one transaction and one run: new genes are added, stored ones
    // (matched by Ensembl id, else NCBI id) updated in place keeping their uids, nothing deleted.
    // Gene imports of one registry queue behind each other (SQLite's write lock, a PostgreSQL
    // advisory lock), so two workstations importing at once cannot make two genes of one id.
    Result<GeneImportReport> import(const GeneFile &file, const ImportOptions &options,
                                    const Progress &progress = {});

    // Genes whose symbol, synonym, Ensembl or NCBI id is text, or starts with it (any case): exact
    // matches first, then symbol, synonym and id prefixes; shorter symbols first. organism: a name
    // or taxon id, empty for all.
    Result<QList<GeneRecord>> find(const QString &text, const QString &organism = {},
                                   int limit = 20) const;
    Result<GeneRecord> findByUid(const QString &uid) const;
    Result<QList<GeneRecord>> list(const QString &organism = {}) const;
    // How many genes of an organism (a name or taxon id) the registry holds; 0 when it knows no
    // such organism.
    Result<qint64> count(const QString &organism) const;
    // Distinct biotypes, for a view's filter.
    Result<QStringList> biotypes(const QString &organism = {}) const;

    // Every stored gene, of every organism (what an import matches against).
    Result<QList<GeneRecord>> loadAll() const;

private:
    Result<qint64> organismIdFor(const QString &organism) const; // -1: all organisms
    Status writeInserts(const QList<GeneRecord> &genes, qint64 runId, qint64 batchRows,
                        const std::function<bool(qint64)> &advance);
    Status writeUpdates(const QList<GeneRecord> &genes, qint64 batchRows,
                        const std::function<bool(qint64)> &advance);
    Status releaseEnsemblIds(const QList<qint64> &geneIds);
    void vacuumGenes(); // PostgreSQL, after a large import: VACUUM (ANALYZE) fd_gene, best effort

    Registry &m_registry;
};

} // namespace fd
