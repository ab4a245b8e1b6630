#include "model/Records.h"

#include "model/features/NameCharacters.h"

#include <QSet>

#include <algorithm>

namespace fd {

QString memberRegistryName(MemberRegistry registry)
{
    return registry == MemberRegistry::Gene ? QStringLiteral("bionty.Gene")
                                            : QStringLiteral("core.Feature");
}

bool parseMemberRegistry(const QString &text, MemberRegistry *registry)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1StringView("core.feature") || lower == QLatin1StringView("feature")) {
        *registry = MemberRegistry::Feature;
        return true;
    }
    if (lower == QLatin1StringView("bionty.gene") || lower == QLatin1StringView("gene")) {
        *registry = MemberRegistry::Gene;
        return true;
    }
    return false;
}

bool hasControlCharacter(const QString &text)
{
    return names::findRefusedCharacter(text).has_value();
}

QString showControlCharacters(const QString &text)
{
    return names::showRefusedCharacters(text);
}

QStringList normalizeSynonyms(const QStringList &synonyms, const QString &name)
{
    // The set keeps this linear: one gene of a gene file may list 100,000 synonyms.
    QStringList out;
    QSet<QString> seen;
    for (const QString &entry : synonyms) {
        for (const QStringView part : QStringView(entry).tokenize(u'|', Qt::SkipEmptyParts)) {
            const QStringView trimmed = part.trimmed();
            if (trimmed.isEmpty() || trimmed == name)
                continue;
            QString synonym = trimmed.toString();
            const qsizetype before = seen.size();
            seen.insert(synonym);
            if (seen.size() != before)
                out.append(std::move(synonym));
        }
    }
    return out;
}

} // namespace fd
