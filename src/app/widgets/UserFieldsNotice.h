#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class UserFieldsNotice;
}

// Next to a form's Send: the warning that fields below were filled or typed for another user than the one the
// form now names ("The properties below were filled for cust-42, not for cust-43."), with one click to clear
// them. Hidden while there is nothing to say.
class UserFieldsNotice : public QFrame
{
    Q_OBJECT
public:
    explicit UserFieldsNotice(QWidget* parent = nullptr);
    ~UserFieldsNotice() override;

    // Shows `text`, or hides the notice when it is empty.
    void setNotice(const QString& text);
    QString notice() const;

signals:
    void clearRequested();

private:
    std::unique_ptr<Ui::UserFieldsNotice> m_ui;
};
