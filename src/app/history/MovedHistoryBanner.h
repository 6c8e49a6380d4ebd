#pragma once

#include <QFrame>
#include <QString>

namespace Ui {
class MovedHistoryBanner;
}

// The line above the history pane that says a damaged history file was moved aside, where to, and offers to
// open it read-only. Not a modal: the app goes on with the new history; dismissing only hides the line.
class MovedHistoryBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MovedHistoryBanner(QWidget* parent = nullptr);
    ~MovedHistoryBanner() override;

    // Shows the banner for the file now at `movedTo`.
    void showMoved(const QString& movedTo);
    QString movedTo() const { return m_movedTo; }
    QString text() const;

signals:
    // "Open moved history…": show `movedTo` read-only.
    void openRequested(const QString& movedTo);

private:
    Ui::MovedHistoryBanner* m_ui = nullptr;
    QString m_movedTo;
};
