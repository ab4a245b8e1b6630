#include "GeneValueMix.h"

#include "model/validation/NameIndex.h"

#include <QSet>

#include <algorithm>
#include <random>
#include <vector>

namespace fd::bench {

namespace {

// std::shuffle and the std distributions differ between standard libraries; mt19937 itself does
// not, so the draw is the same everywhere.
quint32 below(std::mt19937 &random, quint32 bound)
{
    return quint32(random() % bound);
}

template<typename T>
void shuffle(QList<T> &list, std::mt19937 &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, below(random, quint32(i + 1)));
}

// Two neighbouring letters swapped, from a place the random number picks; empty when the symbol
// has no two different neighbouring letters.
QString swapTwoLetters(const QString &symbol, std::mt19937 &random)
{
    const qsizetype places = symbol.size() - 1;
    if (places < 2) // "A" or "AB": a swap hardly reads as a typo
        return {};
    const qsizetype start = below(random, quint32(places));
    for (qsizetype k = 0; k < places; ++k) {
        const qsizetype at = (start + k) % places;
        const QChar a = symbol.at(at);
        const QChar b = symbol.at(at + 1);
        if (a != b && a.isLetterOrNumber() && b.isLetterOrNumber()) {
            QString typo = symbol;
            typo[at] = b;
            typo[at + 1] = a;
            return typo;
        }
    }
    return {};
}

// Names a gene column holds that are no human gene: spike-ins, novel loci of an assembler, probe
// ids, and made-up symbols (which cost "did you mean" the most: they share trigrams with genes).
QString unknownName(int i, std::mt19937 &random)
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    switch (i % 4) {
    case 0:
        return QStringLiteral("ERCC-%1").arg(below(random, 100000), 5, 10, QLatin1Char('0'));
    case 1:
        return QStringLiteral("XLOC_%1").arg(below(random, 1000000), 6, 10, QLatin1Char('0'));
    case 2:
        return QStringLiteral("probe_%1_at").arg(below(random, 100000));
    default: {
        QString name;
        const int length = 3 + int(below(random, 4));
        for (int k = 0; k < length; ++k)
            name.append(QLatin1Char(letters[below(random, 26)]));
        return name + QString::number(below(random, 20) + 1);
    }
    }
}

} // namespace

QString GeneValueMix::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Official:
        return QStringLiteral("official");
    case Kind::LowerCase:
        return QStringLiteral("lower_case");
    case Kind::Synonym:
        return QStringLiteral("synonym");
    case Kind::Typo:
        return QStringLiteral("typo");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

int GeneValueMix::count(Kind kind) const
{
    return int(std::count(m_kinds.cbegin(), m_kinds.cend(), kind));
}

GeneValueMix GeneValueMix::draw(const NameIndex &index, int count, quint32 seed)
{
    std::mt19937 random(seed);
    // Genes in an order of their own (by symbol, then uid), not the registry's row order.
    QList<int> genes(index.size());
    for (int i = 0; i < genes.size(); ++i)
        genes[i] = i;
    std::sort(genes.begin(), genes.end(), [&](int a, int b) {
        const IndexEntry &x = index.entry(a);
        const IndexEntry &y = index.entry(b);
        return x.name != y.name ? x.name < y.name : x.uid < y.uid;
    });
    shuffle(genes, random);

    int wanted[KindCount];
    int assigned = 0;
    for (int k = 1; k < KindCount; ++k)
        assigned += wanted[k] = count * SharePerMille[k] / 1000;
    wanted[0] = count - assigned;

    GeneValueMix mix;
    QSet<QString> seen;
    std::vector<bool> used(size_t(genes.size()), false);
    const auto add = [&](const QString &value, Kind kind) {
        if (value.isEmpty() || seen.contains(value))
            return false;
        seen.insert(value);
        mix.m_values.append(value);
        mix.m_kinds.append(kind);
        return true;
    };
    // The scarcer kinds first (not every gene has a synonym), each gene at most once.
    const Kind order[] = {Kind::Synonym, Kind::Typo, Kind::LowerCase, Kind::Official};
    for (const Kind kind : order) {
        int made = 0;
        for (qsizetype g = 0; g < genes.size() && made < wanted[int(kind)]; ++g) {
            if (used[size_t(g)])
                continue;
            const IndexEntry &gene = index.entry(genes.at(g));
            QString value;
            switch (kind) {
            case Kind::Official:
                value = gene.name;
                break;
            case Kind::LowerCase:
                value = gene.name.toLower();
                if (value == gene.name)
                    value.clear();
                break;
            case Kind::Synonym:
                if (!gene.synonyms.isEmpty())
                    value = gene.synonyms.at(below(random, quint32(gene.synonyms.size())));
                break;
            case Kind::Typo:
                value = swapTwoLetters(gene.name, random);
                // A swap that spells another name (or a synonym) is no typo to the registry.
                if (!value.isEmpty() && index.find(value).match != NameIndex::Match::None)
                    value.clear();
                break;
            case Kind::Unknown:
                break;
            }
            if (add(value, kind)) {
                used[size_t(g)] = true;
                ++made;
            }
        }
    }
    for (int i = 0, made = 0; made < wanted[int(Kind::Unknown)]; ++i) {
        const QString name = unknownName(i, random);
        if (index.find(name).match == NameIndex::Match::None && add(name, Kind::Unknown))
            ++made;
    }

    // Spread the kinds through the column, as a real file has them.
    QList<int> positions(mix.m_values.size());
    for (int i = 0; i < positions.size(); ++i)
        positions[i] = i;
    shuffle(positions, random);
    GeneValueMix spread;
    for (int i : std::as_const(positions)) {
        spread.m_values.append(mix.m_values.at(i));
        spread.m_kinds.append(mix.m_kinds.at(i));
    }
    return spread;
}

} // namespace fd::bench
