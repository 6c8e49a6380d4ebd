#include "core/platform/LanguageSetting.h"

#include "core/platform/AppSettings.h"

QString LanguageSetting::key()
{
    return QStringLiteral("ui/language");
}

QString LanguageSetting::chosen()
{
    const QString code = AppSettings().value(key()).toString();
    return available().contains(code) ? code : QString();
}

void LanguageSetting::choose(const QString& code)
{
    AppSettings settings;
    if (code.isEmpty()) {
        settings.remove(key());
    } else {
        settings.setValue(key(), code);
    }
}

QLocale LanguageSetting::locale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QStringList LanguageSetting::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString LanguageSetting::nativeName(const QString& code)
{
    const QLocale language(code);
    QString name = language.nativeLanguageName();
    // "español", "français": a menu entry starts with a capital in every one of these languages.
    if (!name.isEmpty()) {
        name[0] = language.toUpper(name.left(1)).at(0);
    }
    return name;
}
