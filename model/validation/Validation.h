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
