#include "core/platform/AppSettings.h"

#include "core/platform/BuildInfo.h"

AppSettings::AppSettings(QObject* parent)
    : QSettings(QSettings::NativeFormat,
                QSettings::UserScope,
                QString::fromLatin1(BuildInfo::AppName),
                QString(),
                parent)
{
}

QString AppSettings::filePath()
{
    return AppSettings().fileName();
}
