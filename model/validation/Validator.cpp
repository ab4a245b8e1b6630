#include "model/validation/Validator.h"

#include "model/features/NameCharacters.h"
#include "model/genes/OrganismStore.h"
#include "model/validation/SuggestionQueue.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <array>
#include <span>

namespace fd {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

QString withoutVersion(const QString &ensemblId)
{
    const qsizetype dot = ensemblId.indexOf(QLatin1Char('.'));
    return dot < 0 ? ensemblId : ensemblId.left(dot);
}

} // namespace

bool Validator::looksLikeEnsemblGeneId(const QString &value)
{
    // ENS, species letters, G, eleven digits, an optional version: ENSG00000081059,
    // ENSMUSG00000000001.5; any letter case. Written out: this runs for every value checked.
    const QStringView id = QStringView(value).trimmed();
    if (id.size() < 15 || !id.startsWith(u"ENS", Qt::CaseInsensitive))
        return false;
    qsizetype i = 3;
    while (i < id.size() && isAsciiLetter(id[i]))
        ++i;
    if (id[i - 1].toUpper() != u'G' || i == 3 || i + 11 > id.size())
        return false;
    for (qsizetype end = i + 11; i < end; ++i)
        if (!isAsciiDigit(id[i]))
            return false;
    if (i == id.size())
        return true;
    if (id[i] != u'.' || i + 1 == id.size())
        return false;
    for (++i; i < id.size(); ++i)
        if (!isAsciiDigit(id[i]))
            return false;
    return true;
}

Validator::Notes::Notes()
    : padded(QCoreApplication::translate("Validator",
                                         "Padded with white space; the trimmed name matches."))
    , otherForm(QCoreApplication::translate(
          "Validator", "Written in another Unicode form; the NFC form matches."))
    , ensemblVersion(QCoreApplication::translate(
          "Validator", "The id without its version or in other letter case matches."))
    , versionSuffix(QCoreApplication::translate(
          "Validator",
          "Has a version suffix; the id without it matches (standardize to the bare "
          "id)."))
    , otherCase(QCoreApplication::translate("Validator", "Matches in other letter case."))
    , synonym(QCoreApplication::translate("Validator", "A synonym."))
    , sharedName(QCoreApplication::translate("Validator", "Several records have this exact name."))
    , looksEnsembl(QCoreApplication::translate(
          "Validator", "Looks like an Ensembl gene id; check the column as gene.ensembl_gene_id."))
    , looksNcbi(QCoreApplication::translate(
          "Validator", "Looks like an NCBI gene id; check the column as gene.ncbi_gene_id."))
{
}

bool Validator::looksLikeStableGeneId(const QString &value)
{
    if (looksLikeEnsemblGeneId(value))
        return true;
    const QStringView id = QStringView(value).trimmed();
    return !id.contains(u' ') && OrganismStore::taxonFromEnsemblId(id) != 0;
}

bool Validator::looksLikeNcbiGeneId(const QString &value)
{
    const QStringView trimmed = QStringView(value).trimmed();
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
            + QCoreApplication::translate("Validator", "It names %1 records; pick the one meant.")
                  .arg(lookup.entries.size());
        return;
    }
    const IndexEntry &entry = m_index.entry(lookup.entries.first());
    item.standard = entry.name;
    item.uid = entry.uid;
    item.registeredDtype = entry.dtype;
    item.status = ValidationStatus::Standardizable;
    item.note = how;
}

QString Validator::check(ValidationItem &item, const NameIndex::Lookup &exact) const
{
    const QString &value = item.value;
    // Most values are spelled as the registry spells them: one look-up, nothing else.
    if (exact.match == NameIndex::Match::Exact) {
        if (exact.entries.size() > 1) {
            fillFromLookup(item, exact, m_notes.sharedName);
            return {};
        }
        const IndexEntry &entry = m_index.entry(exact.entries.first());
        item.status = ValidationStatus::Validated;
        item.standard = entry.name;
        item.uid = entry.uid;
        item.registeredDtype = entry.dtype;
        return {};
    }

    const QString trimmed = value.trimmed(); // shares value's text when there is nothing to trim
    // ASCII text is always in NFC, and normalizing is slow even when it changes nothing.
    const QString nfc
        = isAscii(trimmed) ? trimmed : trimmed.normalized(QString::NormalizationForm_C);
    // Invisible characters (a byte order mark, a zero-width space) that a name may not hold: the
    // name as it looks matches, and the note says what was in it.
    const std::optional<names::RefusedCharacter> invisible = names::findRefusedCharacter(nfc);
    const QString visible = invisible ? names::withoutRefusedCharacters(nfc) : nfc;
    const QString held = invisible
        ? QCoreApplication::translate("Validator", "Holds %1, which a name may not hold.")
              .arg(invisible->description())
        : QString();
    const QString invisibleNote = invisible
        ? held + u' ' + QCoreApplication::translate("Validator", "Without it the name matches.")
        : QString();
    const auto noted
        = [&](const QString &how) { return invisible ? invisibleNote + u' ' + how : how; };
    // Identifiers: Ensembl ids ignore a version suffix and letter case; the other databases' ids
    // the registry keeps in the field (FBgn, WBGene, ERCC-, ...) a version suffix; NCBI ids are
    // digits.
    QString key = trimmed;
    bool versioned = false;
    if (m_field == Field::GeneEnsemblId && looksLikeEnsemblGeneId(trimmed)) {
        const QString bare = withoutVersion(trimmed);
        versioned = bare.size() != trimmed.size();
        key = bare.toUpper();
    } else if (m_field == Field::GeneEnsemblId) {
        const QStringView bare = OrganismStore::withoutVersionSuffix(trimmed);
        versioned = bare.size() != trimmed.size();
        if (versioned)
            key = bare.toString();
    }
    // A symbol field holding plain numbers: never match numbers to synonyms by accident.
    const bool numberAsSymbol = m_field == Field::GeneSymbol && looksLikeNcbiGeneId(trimmed);

    // Spellings of the same name, tried for an exact match in this order, each only when it
    // differs from the spellings tried before it (trimmed is value less its ends).
    const std::pair<const QString *, const QString *> attempts[] = {
        {&trimmed, trimmed.size() != value.size() ? &m_notes.padded : nullptr},
        {&nfc, nfc != trimmed ? &m_notes.otherForm : nullptr},
        {&visible, invisible && !visible.isEmpty() ? &invisibleNote : nullptr},
        {&key,
         m_field != Field::GeneEnsemblId || key == trimmed || key == nfc ? nullptr
             : versioned                                                 ? &m_notes.versionSuffix
                                                                         : &m_notes.ensemblVersion},
    };
    for (const auto &[text, how] : attempts) {
        if (!how)
            continue;
        const NameIndex::Lookup spelled = m_index.find(*text);
        if (spelled.match == NameIndex::Match::Exact) {
            fillFromLookup(item, spelled, *how);
            return {};
        }
    }

    // visible's exact spelling was among those tried, as was value's.
    const NameIndex::Lookup lookup = m_index.findIgnoringCase(visible);
    if (lookup.match == NameIndex::Match::CaseInsensitive) {
        fillFromLookup(item, lookup, noted(m_notes.otherCase));
        return {};
    }
    if (lookup.match == NameIndex::Match::Synonym && !numberAsSymbol) {
        fillFromLookup(item, lookup, noted(m_notes.synonym));
        return {};
    }

    item.status = ValidationStatus::NotValidated;
    if (invisible)
        item.note = held;
    // Shaped like another gene field's value: say which (GeneDetails then names the gene); names
    // of this field would be no better guess.
    if (isGeneField(m_field) && m_field != Field::GeneEnsemblId && looksLikeStableGeneId(trimmed)) {
        item.hint = FieldHint {Field::GeneEnsemblId, {}, {}, {}, {}, {}};
        item.note = m_notes.looksEnsembl;
        return {};
    }
    if (isGeneField(m_field) && m_field != Field::GeneNcbiId && looksLikeNcbiGeneId(trimmed)) {
        item.hint = FieldHint {Field::GeneNcbiId, {}, {}, {}, {}, {}};
        item.note = m_notes.looksNcbi;
        return {};
    }
    if (visible.isEmpty() || numberAsSymbol)
        return {};
    return visible;
}

ValidationReport Validator::validate(const QStringList &values, const QStringList &dtypes) const
{
    ValidationReport report;
    report.field = m_field;
    QHash<QString, qsizetype> seen; // value -> 1 + its item
    seen.reserve(values.size());
    report.items.reserve(values.size());
    // "Did you mean" for the values that did not validate, found meanwhile on another thread.
    SuggestionQueue suggestions(m_index.sharedSimilarity(), 3);
    // New values are looked up a group at a time, so that the look-ups' cache misses overlap.
    constexpr qsizetype Group = 16;
    QVarLengthArray<qsizetype, Group> group; // items
    const auto checkGroup = [&] {
        std::array<const QString *, Group> texts;
        std::array<NameIndex::Lookup, Group> exact;
        for (qsizetype k = 0; k < group.size(); ++k)
            texts[size_t(k)] = &report.items.at(group[k]).value;
        m_index.findExact(std::span(texts.data(), size_t(group.size())), exact);
        for (qsizetype k = 0; k < group.size(); ++k) {
            ValidationItem &item = report.items[group[k]];
            QString suggestFor = check(item, exact[size_t(k)]);
            if (!suggestFor.isNull())
                suggestions.add(group[k], std::move(suggestFor));
            if ((item.status == ValidationStatus::Validated
                 || item.status == ValidationStatus::Standardizable)
                && m_field == Field::FeatureName
                && !dtypeFits(item.registeredDtype, item.columnDtype)) {
                item.note = QCoreApplication::translate(
                                "Validator",
                                "The column reads as %1, but the feature %2 is registered as %3.")
                                .arg(item.columnDtype, item.standard, item.registeredDtype);
                item.status = ValidationStatus::DtypeMismatch;
            }
        }
        group.clear();
    };
    int ensemblLike = 0;
    int numberLike = 0;
    int nonEmpty = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString &value = values.at(i);
        if (QStringView(value).trimmed().isEmpty()) {
            ++report.emptyCount;
            continue;
        }
        ++nonEmpty;
        qsizetype &seenAt = seen[value];
        if (seenAt != 0) {
            ++report.duplicateCount;
            ++report.items[seenAt - 1].count;
            continue;
        }
        seenAt = report.items.size() + 1;
        if (looksLikeStableGeneId(value))
            ++ensemblLike;
        else if (looksLikeNcbiGeneId(value))
            ++numberLike;
        ValidationItem &item = report.items.emplace_back();
        item.value = value;
        if (i < dtypes.size())
            item.columnDtype = dtypes.at(i);
        group.append(report.items.size() - 1);
        if (group.size() == Group)
            checkGroup();
    }
    checkGroup();
    suggestions.finish([&report](qsizetype item, QStringList &&names) {
        report.items[item].suggestions = std::move(names);
    });

    // Values that look like another field's: say so, and which field would fit.
    if (nonEmpty > 0) {
        const bool mostlyEnsembl = ensemblLike * 2 > nonEmpty;
        const bool mostlyNumbers = numberLike * 2 > nonEmpty;
        if (mostlyEnsembl && m_field != Field::GeneEnsemblId) {
            report.suggestedField = Field::GeneEnsemblId;
            report.fieldWarning
                = QCoreApplication::translate(
                      "Validator",
                      "%1 of %2 values look like Ensembl gene ids; validate them as "
                      "gene.ensembl_gene_id.")
                      .arg(ensemblLike)
                      .arg(nonEmpty);
        } else if (mostlyNumbers && m_field != Field::GeneNcbiId) {
            report.suggestedField = Field::GeneNcbiId;
            report.fieldWarning
                = QCoreApplication::translate(
                      "Validator",
                      "%1 of %2 values are plain numbers; if they are NCBI gene ids, "
                      "validate them as gene.ncbi_gene_id.")
                      .arg(numberLike)
                      .arg(nonEmpty);
        }
    }
    return report;
}

} // namespace fd
