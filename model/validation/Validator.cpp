#include "model/validation/Validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace fd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validator", text);
}

// Ensembl gene ids: ENSG00000081059, ENSMUSG00000000001, with an optional version (.5).
const QRegularExpression &ensemblPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ENS[A-Z]*G\\d{11}(\\.\\d+)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString withoutVersion(const QString &ensemblId)
{
    const qsizetype dot = ensemblId.indexOf(QLatin1Char('.'));
    return dot < 0 ? ensemblId : ensemblId.left(dot);
}

} // namespace

QString Validator::fieldKey(Field field)
{
    switch (field) {
    case Field::FeatureName:
        return QStringLiteral("feature.name");
    case Field::GeneSymbol:
        return QStringLiteral("gene.symbol");
    case Field::GeneEnsemblId:
        return QStringLiteral("gene.ensembl_gene_id");
    case Field::GeneNcbiId:
        return QStringLiteral("gene.ncbi_gene_id");
    }
    return {};
}

bool Validator::parseField(const QString &key, Field *field)
{
    for (Field candidate : {Field::FeatureName, Field::GeneSymbol, Field::GeneEnsemblId, Field::GeneNcbiId}) {
        if (fieldKey(candidate) == key) {
            *field = candidate;
            return true;
        }
    }
    return false;
}

bool Validator::looksLikeEnsemblGeneId(const QString &value)
{
    return ensemblPattern().match(value.trimmed()).hasMatch();
}

bool Validator::looksLikeNcbiGeneId(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 12)
        return false;
    return std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isDigit(); });
}

bool Validator::dtypeFits(const QString &registered, const QString &column)
{
    if (registered.isEmpty() || column.isEmpty() || registered == column
        || registered == QLatin1StringView("object"))
        return true;
    if (registered == QLatin1StringView("number"))
        return column == QLatin1StringView("int") || column == QLatin1StringView("float");
    if (registered == QLatin1StringView("float"))
        return column == QLatin1StringView("int"); // pandas reads whole numbers as int
    if (registered == QLatin1StringView("str"))
        return column == QLatin1StringView("cat");
    if (registered == QLatin1StringView("datetime"))
        return column == QLatin1StringView("date");
    if (registered == QLatin1StringView("cat") || registered.startsWith(QLatin1StringView("cat[")))
        // Categories may be spelled as text, numbers (batch 1, 2, 3) or flags.
        return column == QLatin1StringView("str") || column == QLatin1StringView("cat")
               || column == QLatin1StringView("int") || column == QLatin1StringView("bool");
    return false;
}

void Validator::fillFromLookup(ValidationItem &item, const NameIndex::Lookup &lookup,
                               const QString &how) const
{
    if (lookup.entries.size() > 1) {
        item.status = ValidationStatus::Ambiguous;
        for (int index : lookup.entries) {
            const IndexEntry &entry = m_index.entry(index);
            item.candidates.append(QStringLiteral("%1 (%2)").arg(entry.name, entry.uid));
            item.candidateUids.append(entry.uid);
        }
        item.note = how + QLatin1Char(' ')
                    + tr("It names %1 records; pick the one meant.").arg(lookup.entries.size());
        return;
    }
    const IndexEntry &entry = m_index.entry(lookup.entries.constFirst());
    item.standard = entry.name;
    item.uid = entry.uid;
    item.registeredDtype = entry.dtype;
    item.status = ValidationStatus::Standardizable;
    item.note = how;
}

ValidationItem Validator::check(const QString &value) const
{
    ValidationItem item;
    item.value = value;

    const QString trimmed = value.trimmed();
    // Identifiers: Ensembl ids ignore a version suffix and letter case; NCBI ids are digits.
    QString key = trimmed;
    if (m_field == Field::GeneEnsemblId && looksLikeEnsemblGeneId(trimmed))
        key = withoutVersion(trimmed).toUpper();

    // A symbol field holding plain numbers: never match numbers to synonyms by accident.
    const bool numberAsSymbol = m_field == Field::GeneSymbol && looksLikeNcbiGeneId(trimmed);

    NameIndex::Lookup lookup = m_index.find(value);
    if (lookup.match == NameIndex::Match::Exact) {
        if (lookup.entries.size() > 1) {
            fillFromLookup(item, lookup, tr("Several records have this exact name."));
            return item;
        }
        const IndexEntry &entry = m_index.entry(lookup.entries.constFirst());
        item.status = ValidationStatus::Validated;
        item.standard = entry.name;
        item.uid = entry.uid;
        item.registeredDtype = entry.dtype;
        return item;
    }

    struct Attempt
    {
        QString text;
        QString how;
    };
    const QString nfc = trimmed.normalized(QString::NormalizationForm_C);
    const QList<Attempt> attempts = {
        {trimmed, tr("Padded with white space; the trimmed name matches.")},
        {nfc, tr("Written in another Unicode form; the NFC form matches.")},
        {key, m_field == Field::GeneEnsemblId ? tr("The id without its version or in other letter case matches.")
                                              : QString()},
    };
    for (const Attempt &attempt : attempts) {
        if (attempt.text == value || attempt.how.isEmpty())
            continue;
        const NameIndex::Lookup exact = m_index.find(attempt.text);
        if (exact.match == NameIndex::Match::Exact) {
            fillFromLookup(item, exact, attempt.how);
            return item;
        }
    }

    lookup = m_index.find(nfc);
    if (lookup.match == NameIndex::Match::CaseInsensitive) {
        fillFromLookup(item, lookup, tr("Matches in other letter case."));
        return item;
    }
    if (lookup.match == NameIndex::Match::Synonym && !numberAsSymbol) {
        fillFromLookup(item, lookup, tr("A synonym."));
        return item;
    }

    item.status = ValidationStatus::NotValidated;
    if (trimmed.isEmpty())
        return item;
    if (!numberAsSymbol) {
        const QList<Similarity::Suggestion> suggestions = m_index.similarity().suggest(nfc, 3);
        for (const Similarity::Suggestion &suggestion : suggestions)
            item.suggestions.append(suggestion.name);
    }
    return item;
}

ValidationReport Validator::validate(const QStringList &values, const QStringList &dtypes) const
{
    ValidationReport report;
    report.field = fieldKey(m_field);
    QHash<QString, int> seen;
    int ensemblLike = 0;
    int numberLike = 0;
    int nonEmpty = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString &value = values.at(i);
        if (value.trimmed().isEmpty()) {
            ++report.emptyCount;
            continue;
        }
        ++nonEmpty;
        if (const auto it = seen.constFind(value); it != seen.cend()) {
            ++report.duplicateCount;
            ++report.items[*it].count;
            continue;
        }
        if (looksLikeEnsemblGeneId(value))
            ++ensemblLike;
        else if (looksLikeNcbiGeneId(value))
            ++numberLike;
        ValidationItem item = check(value);
        const QString columnDtype = dtypes.value(i);
        item.columnDtype = columnDtype;
        if ((item.status == ValidationStatus::Validated || item.status == ValidationStatus::Standardizable)
            && m_field == Field::FeatureName && !dtypeFits(item.registeredDtype, columnDtype)) {
            item.note = tr("The column reads as %1, but the feature %2 is registered as %3.")
                            .arg(columnDtype, item.standard, item.registeredDtype);
            item.status = ValidationStatus::DtypeMismatch;
        }
        seen.insert(value, int(report.items.size()));
        report.items.append(item);
    }

    // Values that look like another field's: say so, and which field would fit.
    if (nonEmpty > 0) {
        const bool mostlyEnsembl = ensemblLike * 2 > nonEmpty;
        const bool mostlyNumbers = numberLike * 2 > nonEmpty;
        if (mostlyEnsembl && m_field != Field::GeneEnsemblId) {
            report.suggestedField = fieldKey(Field::GeneEnsemblId);
            report.fieldWarning = tr("%1 of %2 values look like Ensembl gene ids; validate them as "
                                     "gene.ensembl_gene_id.")
                                      .arg(ensemblLike)
                                      .arg(nonEmpty);
        } else if (mostlyNumbers && m_field != Field::GeneNcbiId) {
            report.suggestedField = fieldKey(Field::GeneNcbiId);
            report.fieldWarning = tr("%1 of %2 values are plain numbers; if they are NCBI gene ids, "
                                     "validate them as gene.ncbi_gene_id.")
                                      .arg(numberLike)
                                      .arg(nonEmpty);
        }
    }
    return report;
}

} // namespace fd
