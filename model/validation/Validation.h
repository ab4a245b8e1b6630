#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

enum class ValidationStatus { Validated, Standardizable, Ambiguous, NotValidated, DtypeMismatch };

// What the values are checked against: feature names (column names) or one gene field.
enum class ValidationField { FeatureName, GeneSymbol, GeneEnsemblId, GeneNcbiId };

// "feature.name", "gene.symbol", "gene.ensembl_gene_id", "gene.ncbi_gene_id": the key that
// recipes, the CLI's --field and its JSON use.
QString validationFieldKey(ValidationField field);
bool parseValidationField(const QString &key, ValidationField *field);
inline bool isGeneField(ValidationField field)
{
    return field != ValidationField::FeatureName;
}

// "validated", "standardizable", "ambiguous", "not_validated", "dtype_mismatch"
QString validationStatusKey(ValidationStatus status);
QList<ValidationStatus> allValidationStatuses();

// A value that did not validate but is shaped like another gene field's (an Ensembl or NCBI gene
// id among symbols): that field, and (once GeneDetails has looked) the gene it names there.
struct FieldHint
{
    ValidationField field = ValidationField::GeneSymbol; // the field the value fits
    QString uid; // the gene with that value in field; empty when the registry has none
    QString symbol; // how it is known ("TP53")
    QString standard; // its value in the field checked: what the value can be renamed to
    QString description;
    QString type;
};

// "BRCA1 — BRCA1 DNA repair associated (protein-coding)": a gene's name with what is known of it.
QString describeGene(const QString &name, const QString &description, const QString &type);

// What checking one value (a column name, or one distinct value of a column) found.
struct ValidationItem
{
    QString value; // as it stands in the file
    ValidationStatus status = ValidationStatus::NotValidated;
    QString standard; // the registry's own spelling, when there is one
    QString uid; // the record it validates to (validated, standardizable, dtype_mismatch)
    QStringList candidates; // ambiguous: what it could mean ("NAME (uid)")
    QStringList candidateUids;
    QStringList suggestions; // not validated: "did you mean", best first
    // Genes (filled by GeneDetails): each candidate's and suggestion's description and type,
    // parallel to candidates and suggestions, empty where the registry has none.
    QStringList candidateDescriptions;
    QStringList candidateTypes;
    QStringList suggestionDescriptions;
    QStringList suggestionTypes;
    std::optional<FieldHint> hint; // not validated, but shaped like another gene field's value
    QString note; // why: padded, other Unicode form, a synonym, a dtype conflict ...
    qint64 count = 1; // how often the value occurs
    QString columnDtype; // inferred from the file (column names only)
    QString registeredDtype; // the feature's dtype in the registry (column names only)
};

struct ValidationReport
{
    ValidationField field = ValidationField::FeatureName;
    QList<ValidationItem> items; // one per distinct non-empty value, in first-seen order
    qint64 emptyCount = 0; // empty or whitespace-only values
    qint64 duplicateCount = 0; // repeats of a value seen before
    bool columnNames = false; // the file's column names were checked (as genes or features)
    QString fieldWarning; // the values look like another field's (and which)
    std::optional<ValidationField> suggestedField;

    QMap<ValidationStatus, int> summary() const;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::ValidationItem)
Q_DECLARE_METATYPE(fd::ValidationReport)
