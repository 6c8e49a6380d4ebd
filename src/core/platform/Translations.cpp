#include "core/platform/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

Translations::Translations(const QLocale& locale, const QString& directory)
{
    const QString separator = QStringLiteral("_");
    m_qtLoaded
        = m_qt.load(locale, QStringLiteral("qtbase"), separator, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded) {
        QCoreApplication::installTranslator(&m_qt);
    }
    // English is the fallback: it carries the plural forms ("1 request", "2 requests") for any other locale.
    m_appLoaded = m_app.load(locale, QStringLiteral("vero-admin"), separator, directory)
                  || m_app.load(QStringLiteral("vero-admin_en"), directory);
    if (m_appLoaded) {
        QCoreApplication::installTranslator(&m_app);
    }
}

Translations::~Translations()
{
    if (m_appLoaded) {
        QCoreApplication::removeTranslator(&m_app);
    }
    if (m_qtLoaded) {
        QCoreApplication::removeTranslator(&m_qt);
    }
}
