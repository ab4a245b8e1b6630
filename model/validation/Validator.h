#pragma once

#include "model/validation/NameIndex.h"
#include "model/validation/Validation.h"

namespace fd {

// Checks values against one indexed registry field and says, for each distinct value, whether it
// is validated, standardizable (case, synonym, padding, Unicode form: with the standard spelling),
// ambiguous (with the candidates), or not validated (with "did you mean" suggestions); for column
// names it also compares the column's dtype with the feature's. UI-free and writes nothing.
// validate() may run on any thread; while it goes through the values, the "did you mean" of those
// that did not validate are found on one more thread of the global pool when one is free.
class Validator
{
public:
    using Field = ValidationField;

    Validator(const NameIndex &index, Field field)
        : m_index(index)
        , m_field(field)
    {
    }

    // values: column names or a column's cells (repeats and empties are counted, not repeated);
    // dtypes: for column names, the inferred dtype of each column (same order), or empty.
    ValidationReport validate(const QStringList &values, const QStringList &dtypes = {}) const;

    // Whether a column inferred as columnDtype may hold a feature registered as registeredDtype.
    static bool dtypeFits(const QString &registeredDtype, const QString &columnDtype);

    // What the values look like: an Ensembl gene id, an NCBI id (a plain integer), or neither.
    static bool looksLikeEnsemblGeneId(const QString &value);
    // An Ensembl gene id, or a stable id that the registry keeps as one, of a prefix that names a
    // built-in organism (FlyBase's FBgn…, WormBase's WBGene…, ERCC-…).
    static bool looksLikeStableGeneId(const QString &value);
    static bool looksLikeNcbiGeneId(const QString &value);

private:
    // Fills item, whose value is set; returns the text to find "did you mean" names for when the
    // value did not validate and may have some, else a null string.
    // exact: NameIndex::findExact()'s answer for the value.
    QString check(ValidationItem &item, const NameIndex::Lookup &exact) const;
    void fillFromLookup(ValidationItem &item, const NameIndex::Lookup &lookup,
                        const QString &how) const;

    // Why a value is standardizable, translated once per validation rather than once per value.
    struct Notes
    {
        Notes();
        QString padded, otherForm, ensemblVersion, versionSuffix, otherCase, synonym, sharedName;
        QString looksEnsembl, looksNcbi; // a value shaped like another gene field's
    };

    const NameIndex &m_index;
    Field m_field;
    Notes m_notes;
};

} // namespace fd
