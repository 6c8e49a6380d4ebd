#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The language Vero Admin and veroctl speak: the one chosen in View > Language, or the system's when none is
// chosen. Stored in the shared settings file; read once at start-up, so a new choice applies on the next start.
class LanguageSetting
{
public:
    // The settings key ("" or absent: follow the system).
    static QString key();
    // The chosen language code ("de", "fr", "es", "en"), or an empty string for the system's language.
    static QString chosen();
    static void choose(const QString& code);
    // The locale for messages, dates and numbers: the chosen language, else the system locale.
    static QLocale locale();
    // The languages with a catalogue, as codes.
    static QStringList available();
    // A language's name in that language ("Deutsch"), as a menu shows it.
    static QString nativeName(const QString& code);
};
