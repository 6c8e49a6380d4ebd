#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

// The message catalogues of one run, installed for as long as it lives: Qt's own (the standard buttons of
// dialogs) and Vero Admin's, shared by the app and veroctl. Each executable embeds the .qm files under :/i18n.
class Translations
{
public:
    explicit Translations(const QLocale& locale, const QString& directory = QStringLiteral(":/i18n"));
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Whether Vero Admin's catalogue for the locale (or the English fallback) was found.
    bool loaded() const { return m_appLoaded; }

private:
    QTranslator m_qt;
    QTranslator m_app;
    bool m_qtLoaded = false;
    bool m_appLoaded = false;
};
