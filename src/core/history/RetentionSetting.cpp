#include "core/history/RetentionSetting.h"

#include <QCoreApplication>
#include <QSettings>

namespace {
const QString ModeKey = QStringLiteral("history/retention_mode");
const QString ValueKey = QStringLiteral("history/retention_value");
} // namespace

HistoryStore::Retention RetentionSetting::load(const QSettings& settings)
{
    using Mode = HistoryStore::Retention::Mode;
    HistoryStore::Retention retention;
    const QString mode = settings.value(ModeKey).toString();
    const int value = settings.value(ValueKey).toInt();
    // Anything unreadable keeps everything: losing history by accident is worse than keeping it.
    if (value > 0 && mode == QLatin1String("days")) {
        retention = {Mode::Days, value};
    } else if (value > 0 && mode == QLatin1String("rows")) {
        retention = {Mode::Rows, value};
    }
    return retention;
}

void RetentionSetting::save(QSettings& settings, const HistoryStore::Retention& retention)
{
    using Mode = HistoryStore::Retention::Mode;
    const QString mode = retention.mode == Mode::Days   ? QStringLiteral("days")
                         : retention.mode == Mode::Rows ? QStringLiteral("rows")
                                                        : QStringLiteral("all");
    settings.setValue(ModeKey, mode);
    settings.setValue(ValueKey, retention.mode == Mode::KeepAll ? 0 : retention.value);
}

QString RetentionSetting::describe(const HistoryStore::Retention& retention)
{
    switch (retention.mode) {
        case HistoryStore::Retention::Mode::Days:
            return QCoreApplication::translate(
                "RetentionSetting", "Keep %n day(s) of each workspace's requests", nullptr, retention.value);
        case HistoryStore::Retention::Mode::Rows:
            return QCoreApplication::translate(
                "RetentionSetting", "Keep the newest %n request(s) of each workspace", nullptr, retention.value);
        case HistoryStore::Retention::Mode::KeepAll:
            break;
    }
    return QCoreApplication::translate("RetentionSetting", "Keep everything");
}
