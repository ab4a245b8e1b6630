#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fd {

// One gene as a gene file describes it, after its format's quirks are taken out: "-" is empty,
// synonyms are split, deduplicated and never repeat the symbol, Ensembl ids carry no version.
struct GeneInput
{
    QString symbol;
    QStringList ensemblGeneIds; // the first is the gene's own; the rest are recorded beside it
    QString ncbiGeneId;
    QString biotype;
    QString description;
    QStringList synonyms;
    qint64 taxonId = 0; // from the file (NCBI's tax_id); 0 when the file does not say
    qint64 line = 0; // where the gene starts in the file, for messages
};

// A gene as the registry stores it.
struct GeneRecord
{
    qint64 id = -1;
    QString uid;
    QString symbol;
    QString ensemblGeneId;
    QString ncbiGeneId;
    QString biotype;
    QString description;
    QStringList synonyms;
    QStringList otherEnsemblGeneIds; // further Ensembl ids the source lists for this gene
    qint64 organismId = -1;
    QString organism; // the organism's name, e.g. "human"
};

// A gene whose uid is not the rule's raw output, because an earlier gene has that uid already.
struct GeneCollision
{
    QString symbol;
    QString ensemblGeneId; // the Ensembl id the gene lists first, even when it could not keep it
    QString ncbiGeneId;
    qint64 line = 0;
    QString rawUid; // what the rule gave (held by `heldBy`)
    QString heldBy; // the symbol of the gene that has rawUid
    QString uid; // the uid the gene got instead; empty when the gene was skipped
    QString
        keyedBy; // what uid was computed from: "symbol+organism" ("A1BGhuman") or "ncbi_gene_id"
};

// A row that was not imported, and why.
struct GeneSkip
{
    qint64 line = 0;
    QString symbol;
    QString reason;
};

// What one gene import did.
struct GeneImportReport
{
    QString file;
    QString format; // "ncbi", "biomart" or "hgnc"
    QString organism; // the organism's name
    qint64 taxonId = 0;
    qint64 rows = 0; // data rows read (BioMart: gene–synonym pairs)
    qint64 genes = 0; // distinct genes in the file for the organism
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0; // genes not imported; see skips
    qint64 otherOrganisms = 0; // rows of other organisms left out (multi-organism NCBI files)
    qint64 synonyms = 0; // synonyms of the file's genes after normalising
    qint64 extraEnsemblIds = 0; // Ensembl ids recorded beside a gene's own
    qint64 elapsedMs = 0;
    qint64 runId = -1;
    QList<GeneCollision> collisions;
    QList<GeneSkip> skips;
    QStringList warnings; // e.g. symbols shared by several genes
};

} // namespace fd

Q_DECLARE_METATYPE(fd::GeneImportReport)
