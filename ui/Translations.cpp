#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fd::translations {

void install()
{
    // Owned by the application, so that they outlive every window; made on first use.
    static QTranslator *qtTranslator = new QTranslator(QCoreApplication::instance());
    static QTranslator *appTranslator = new QTranslator(QCoreApplication::instance());
    QCoreApplication::removeTranslator(qtTranslator);
    QCoreApplication::removeTranslator(appTranslator);

    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    if (appTranslator->load(QLocale(), QStringLiteral("featuredesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral(":/i18n/featuredesk_en.qm")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace fd::translations
