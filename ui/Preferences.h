#pragma once

#include <QString>

namespace fd {

// What a user sets once (Edit ▸ Preferences…), kept in QSettings: the registry to open at start,
// the language, and how new import pages read files until told otherwise.
namespace preferences {

// Empty: FEATUREDESK_REGISTRY, else the built-in default file.
QString defaultRegistry();
void setDefaultRegistry(const QString &location);

// "" (the system's), "en" or "de"; takes effect at the next start.
QString language();
void setLanguage(const QString &code);

// How import pages start: -1 detect, 0 no header row, 1 the first row is the header.
int headerRow();
void setHeaderRow(int header);
// "" detect, or an encoding name ("UTF-8", "Windows-1252", ...).
QString encoding();
void setEncoding(const QString &encoding);

} // namespace preferences
} // namespace fd
