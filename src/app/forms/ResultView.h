#pragma once

#include "core/api/ApiResult.h"

#include <QFrame>

class QLabel;

// The outcome of the last send, in the form: what the service answered (status and its message), how long it
// took, and when nothing usable came back, why, in words a support person can act on.
class ResultView : public QFrame
{
    Q_OBJECT
public:
    explicit ResultView(QWidget* parent = nullptr);

    void showPending(const QString& operationName);
    void showResult(const ApiResult& result);
    void clear();
    // What is shown belongs to an earlier request (the form was refilled, or the workspace changed since):
    // the headline says so, naming the workspace it went to ("Earlier request, to Production: ..."), and is
    // greyed. Nothing shown, nothing to mark.
    void markEarlier(const QString& workspace);
    bool isEarlier() const { return m_earlier; }
    bool isEmpty() const { return m_empty; }

    // The one-line verdict ("Accepted (200)", "Failed", ...), for tests and the status bar.
    QString headline() const;
    QString details() const;

private:
    void setHeadline(const QString& text, const QColor& colour);
    void showVerdict(const ApiResult& result);
    // The note of a result that may have been applied although no answer came.
    void showMayHaveBeenApplied();

    QLabel* m_headlineLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QString m_headline; // as shown before markEarlier
    bool m_earlier = false;
    bool m_empty = true;
};
