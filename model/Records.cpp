#include "model/Records.h"

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
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

QString showControlCharacters(const QString &text)
{
    return QString(text)
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\t'), QStringLiteral("\\t"));
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
