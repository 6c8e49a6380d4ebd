#pragma once

#include "core/api/ApiResult.h"
#include "core/api/OperationInput.h"

#include <QLabel>

// The status bar's account of the last send: "Sending Identify to Sandbox…", "Last result: Identify: 200
// Success. (41 ms)", or why nothing was sent. A result from a request to another workspace than the current
// one, or one the form has since been refilled over, says it is the earlier request's and where it went
// ("Earlier request, to Production: ..."), so it never reads as the current workspace's.
class LastResultLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LastResultLabel(QWidget* parent = nullptr);

    void showSending(Operation operation, const QString& workspace);
    void showResult(const OperationInput& input, const QString& workspace, const ApiResult& result);
    // Nothing went out; `text` says why.
    void showNotSent(const QString& text);
    // The workspace sends now go to; a result from another is marked as earlier.
    void setCurrentWorkspace(const QString& workspace);
    // What is shown belongs to an earlier request (a form was refilled).
    void markEarlier();
    bool isEarlier() const { return m_earlier; }

    // Short: a long text is elided when painted (its whole in the tooltip), so it never widens the window.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void render();
    void showText(const QString& text);

    QString m_current;   // the current workspace
    QString m_workspace; // where the request shown went
    QString m_result;    // "Identify: 200 Success. (41 ms)"; empty while no result is shown
    bool m_earlier = false;
    bool m_accepted = false;
};
