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

    // The one-line verdict ("Accepted (200)", "Failed", ...), for tests and the status bar.
    QString headline() const;
    QString details() const;

private:
    void setHeadline(const QString& text, const QColor& colour);

    QLabel* m_headlineLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
};
