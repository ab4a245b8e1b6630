#include "model/csv/CsvHeader.h"

#include <QCoreApplication>
#include <QHash>

namespace fd {

QStringList CsvHeader::uniqueNames(const QStringList &raw, QStringList *warnings)
{
    QStringList names = raw;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names[i].isEmpty()) {
            names[i] = QStringLiteral("Unnamed: %1").arg(i);
            if (warnings) {
                *warnings << QCoreApplication::translate(
                                 "CsvReader", "Column %1 has no name; it is called \"%2\".")
                                 .arg(i + 1)
                                 .arg(names[i]);
            }
        }
    }
    // pandas checks a candidate against the header as renamed so far, hence a live multiset.
    QHash<QString, qsizetype> current;
    current.reserve(names.size());
    for (const QString &name : std::as_const(names))
        ++current[name];
    // Nearly every header has no duplicate, and a 60,000-column one should show at once.
    if (current.size() == names.size())
        return names;
    QHash<QString, qsizetype> counts;
    counts.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString original = names[i];
        QString name = original;
        qsizetype count = counts.value(name, 0);
        while (count > 0) {
            counts[original] = count + 1;
            name = original + QLatin1Char('.') + QString::number(count);
            count = current.value(name, 0) > 0 ? count + 1 : counts.value(name, 0);
        }
        if (name != original && warnings) {
            *warnings << QCoreApplication::translate("CsvReader",
                                                     "Column %1 repeats the name \"%2\"; it is "
                                                     "called \"%3\".")
                             .arg(i + 1)
                             .arg(original, name);
        }
        if (name != original) {
            --current[original];
            ++current[name];
        }
        names[i] = name;
        counts[name] = count + 1;
    }
    return names;
}

} // namespace fd
