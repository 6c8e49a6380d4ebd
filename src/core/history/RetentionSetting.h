#pragma once

#include "core/history/HistoryStore.h"

class QSettings;

// The history retention policy the user chose, kept in QSettings ("history/retention_mode" and
// "history/retention_value"); applied at start-up and whenever it changes.
class RetentionSetting
{
public:
    static HistoryStore::Retention load(const QSettings& settings);
    static void save(QSettings& settings, const HistoryStore::Retention& retention);
    // One line for menus and dialogs: "Keep everything", "Keep 30 days of each workspace's requests", "Keep the
    // newest 10000 requests of each workspace".
    static QString describe(const HistoryStore::Retention& retention);
};
