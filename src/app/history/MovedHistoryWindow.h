#pragma once

#include "core/platform/Fallible.h"

#include <QString>
#include <QWidget>

class HistoryModel;
class HistoryStore;
class UserPrompts;

namespace Ui {
class MovedHistoryWindow;
}

// A moved-aside (damaged) history file, opened read-only so its requests can still be searched and exported:
// the same filter bar, table, details and export as the history pane, over its own HistoryStore opened with
// SQLite's read-only mode. Nothing is sent, undone or restored from here, and the file is never migrated or
// written. A file too damaged to read says so instead.
class MovedHistoryWindow : public QWidget
{
    Q_OBJECT
public:
    // Opens `filePath` read-only; the export asks through `prompts`, which must outlive the window.
    MovedHistoryWindow(const QString& filePath, UserPrompts* prompts, QWidget* parent = nullptr);
    ~MovedHistoryWindow() override;

    bool isReadable() const { return m_readable; }
    QString filePath() const { return m_filePath; }
    HistoryStore* store() const { return m_store; }
    HistoryModel* model() const { return m_model; }
    QString stateText() const;
    QString messageText() const;

public slots:
    // Asks for a file and writes the rows the filters match (.json: JSON, otherwise CSV).
    void exportFiltered();

public:
    // Writes the filtered rows to `fileName`. Returns how many, or the reason it failed (also shown).
    [[nodiscard]] Fallible<qint64> exportTo(const QString& fileName);

private:
    void showCurrentRow(int row);
    void showCount(qint64 count);
    void showMessage(const QString& message);

    Ui::MovedHistoryWindow* m_ui = nullptr;
    QString m_filePath;
    UserPrompts* m_prompts = nullptr;
    HistoryStore* m_store = nullptr;
    HistoryModel* m_model = nullptr;
    bool m_readable = false;
    bool m_readProblemShown = false; // the message line says part of the file cannot be read
};
