#pragma once

#include "model/genes/GeneRecord.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace fd {

// What a gene import will write, worked out before anything is written.
struct GeneImportPlan
{
    QList<GeneRecord> inserts; // new genes, uid assigned
    QList<GeneRecord> updates; // changed genes: the stored id and uid, the new values
    QList<qint64> releasedEnsemblIds; // updated genes whose Ensembl id changes: cleared first, so
                                      // that ids moving between genes never meet the unique rule
    qint64 unchanged = 0;
    qint64 synonyms = 0;
    qint64 extraEnsemblIds = 0;
    QList<GeneCollision> collisions;
    QList<GeneSkip> skips;
    QStringList warnings;
};

// The pure logic of a gene import: file genes against the genes the registry holds, to inserts,
// updates and collisions. No SQL, so that every rule is tested on its own.
//
// Identity: a new gene's uid is identity::geneUid of its Ensembl id, or of its symbol when it has
// none (bionty's rule). When an earlier gene (stored, or earlier in the file) has that uid, the
// gene is keyed by symbol + organism name ("A1BGhuman"), and if that is taken too by its NCBI id;
// each such gene is reported. A stored gene keeps its uid for good.
//
// One gene per Ensembl id: a gene keeps the first Ensembl id it lists (unless an earlier gene holds
// it) and records the rest in otherEnsemblGeneIds.
//
// Matching: a file gene updates the stored gene with its first Ensembl id, else the one with its
// NCBI id (in the same organism); when both exist and disagree, the one whose NCBI id agrees wins.
// Stored genes the file does not mention are left as they are (feature sets may use them).
class GeneImporter
{
public:
    GeneImporter(QString organismName, qint64 organismId);

    // Every stored gene, of every organism (uids and Ensembl ids are unique across organisms).
    void setExisting(QList<GeneRecord> existing);

    // The file gives ids, symbols and biotypes only (a GENCODE list): a stored gene it matches
    // keeps its synonyms, description and NCBI id (an NCBI import's), and its symbol where the
    // file gives none; a symbol the file replaces becomes one of its synonyms.
    void setIdsAndNamesOnly(bool only) { m_idsAndNamesOnly = only; }

    GeneImportPlan plan(const QList<GeneInput> &genes) const;

    // "A1BG" + "human" → the uid of "A1BGhuman".
    static QString organismKeyedUid(const QString &symbol, const QString &organismName);

private:
    // Pass 1 of plan(): the stored gene each file gene is (its index, or -1: a new gene), which
    // file gene each matched stored gene is, and the first file gene that lists each Ensembl id
    // first.
    struct Matches
    {
        QList<qsizetype> stored;
        QHash<qsizetype, qsizetype> matchedBy;
        QHash<QString, qsizetype> firstClaim;
    };
    Matches matchStored(const QList<GeneInput> &genes) const;

    QString m_organismName;
    qint64 m_organismId;
    bool m_idsAndNamesOnly = false;
    QList<GeneRecord> m_existing;
    QHash<QString, qsizetype> m_byEnsembl; // stored Ensembl id → index
    QHash<QString, qsizetype> m_byNcbi; // stored NCBI id (this organism) → index
    QHash<QString, qsizetype> m_byUid;
};

} // namespace fd
