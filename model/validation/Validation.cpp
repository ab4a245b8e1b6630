#include "model/validation/Validation.h"

namespace fd {

QString describeGene(const QString &name, const QString &description, const QString &type)
{
    QString text = name;
    if (!description.isEmpty())
        text += QStringLiteral(" \u2014 ") + description;
    if (!type.isEmpty())
        text += QStringLiteral(" (") + type + QLatin1Char(')');
    return text;
}

QString validationStatusKey(ValidationStatus status)
{
    switch (status) {
    case ValidationStatus::Validated:
        return QStringLiteral("validated");
    case ValidationStatus::Standardizable:
        return QStringLiteral("standardizable");
    case ValidationStatus::Ambiguous:
        return QStringLiteral("ambiguous");
    case ValidationStatus::NotValidated:
        return QStringLiteral("not_validated");
    case ValidationStatus::DtypeMismatch:
        return QStringLiteral("dtype_mismatch");
    }
    return {};
}

QString validationFieldKey(ValidationField field)
{
    switch (field) {
    case ValidationField::FeatureName:
        return QStringLiteral("feature.name");
    case ValidationField::GeneSymbol:
        return QStringLiteral("gene.symbol");
    case ValidationField::GeneEnsemblId:
        return QStringLiteral("gene.ensembl_gene_id");
    case ValidationField::GeneNcbiId:
        return QStringLiteral("gene.ncbi_gene_id");
    }
    return {};
}

bool parseValidationField(const QString &key, ValidationField *field)
{
    for (ValidationField candidate :
         {ValidationField::FeatureName, ValidationField::GeneSymbol, ValidationField::GeneEnsemblId,
          ValidationField::GeneNcbiId}) {
        if (validationFieldKey(candidate) == key) {
            *field = candidate;
            return true;
        }
    }
    return false;
}

QList<ValidationStatus> allValidationStatuses()
{
    return {ValidationStatus::Validated, ValidationStatus::Standardizable,
            ValidationStatus::Ambiguous, ValidationStatus::NotValidated,
            ValidationStatus::DtypeMismatch};
}

QMap<ValidationStatus, int> ValidationReport::summary() const
{
    QMap<ValidationStatus, int> counts;
    for (ValidationStatus status : allValidationStatuses())
        counts.insert(status, 0);
    for (const ValidationItem &item : items)
        ++counts[item.status];
    return counts;
}

} // namespace fd
