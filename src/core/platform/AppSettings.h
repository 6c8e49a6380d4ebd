#pragma once

#include <QSettings>

// The settings file of Vero Admin, shared by the app and veroctl: ~/.config/vero-admin.conf on Linux (the
// organisation "vero-admin" with no application part, so the name is not doubled). Use it wherever a
// default-constructed QSettings would be used; QSettings' own default would point elsewhere.
class AppSettings : public QSettings
{
    Q_OBJECT
public:
    explicit AppSettings(QObject* parent = nullptr);
    // The file it reads and writes (for messages and tests).
    static QString filePath();
};
