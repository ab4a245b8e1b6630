#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fd {
class NameIndex;
}

namespace fd::bench {

// A column of gene symbols as lab files bring them, drawn from an index with a fixed seed, so that
// every run (and the Python comparison, which reads the values back) checks the same values: mostly
// official symbols, some lower-cased, some synonyms, some typos and some names no registry knows.
// Values are distinct; each gene gives at most one of them.
class GeneValueMix
{
public:
    enum class Kind { Official, LowerCase, Synonym, Typo, Unknown };
    static constexpr int KindCount = 5;

    // Per mille of the values of each kind, in Kind order: 70% official, 10% lower case, 10%
    // synonyms, 5% typos (two neighbouring letters of a symbol swapped), 5% unknown names.
    static constexpr int SharePerMille[KindCount] = {700, 100, 100, 50, 50};

    static GeneValueMix draw(const NameIndex &index, int count, quint32 seed = 6);

    static QString kindName(Kind kind); // "official", "lower_case", ...

    const QStringList &values() const { return m_values; }
    Kind kind(int i) const { return m_kinds.at(i); }
    int count(Kind kind) const;

private:
    QStringList m_values; // in a shuffled order, so that the kinds are spread as in a real file
    QList<Kind> m_kinds;
};

} // namespace fd::bench
