#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

// "Did you mean": ranks known names by how alike they are to a name that did not validate.
// Candidates come from shared character trigrams (so 230,000 names are not all compared), then are
// scored by normalised edit distance, case-insensitively.
class Similarity
{
public:
    void clear();
    void add(const QString &name);
    qsizetype size() const { return m_names.size(); }

    // Up to count names, best first, with a score in (0, 1]; names scoring under minScore are left out.
    struct Suggestion
    {
        QString name;
        double score = 0;
    };
    QList<Suggestion> suggest(const QString &name, int count = 3, double minScore = 0.5) const;

    // 1 - edit distance / longer length, case-insensitive; a swap of two neighbouring letters
    // counts as one edit (optimal string alignment), as typing errors go.
    static double ratio(QStringView a, QStringView b);

private:
    static QList<quint64> trigrams(const QString &folded);

    QStringList m_names;
    QStringList m_folded;
    QHash<quint64, QList<int>> m_index; // trigram -> names holding it
    QHash<QString, QList<int>> m_prefixes; // first two letters (folded) -> names, for typos that
                                           // share no rare trigram ("TP35" for "TP53")
};

} // namespace fd
