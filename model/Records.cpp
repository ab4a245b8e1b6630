#include "model/Records.h"

#include "model/features/NameCharacters.h"

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
    QStringList out;
    for (const QString &entry : synonyms) {
        const QStringList parts = entry.split(QLatin1Char('|'));
        for (const QString &part : parts) {
            const QString synonym = part.trimmed();
            if (synonym.isEmpty() || synonym == name || out.contains(synonym))
                continue;
            out.append(synonym);
        }
    }
    return out;
}

} // namespace fd
