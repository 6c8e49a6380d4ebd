#pragma once

#include <QFrame>

class QLabel;

// A boxed message with an icon, in the colours of its kind: Info (neutral), Warning (amber) or Danger (red), the
// light or dark values of StatePalette as the platform's theme asks. Used in the .ui files wherever a form or a
// dialog warns before something irreversible, so no warning is styled by hand.
class NoticeWidget : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(Kind kind READ kind WRITE setKind)
    Q_PROPERTY(QString text READ text WRITE setText)
    Q_PROPERTY(Qt::TextFormat textFormat READ textFormat WRITE setTextFormat)
public:
    enum Kind
    {
        Info,
        Warning,
        Danger,
    };
    Q_ENUM(Kind)

    explicit NoticeWidget(QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString text() const;
    void setText(const QString& text);
    Qt::TextFormat textFormat() const;
    void setTextFormat(Qt::TextFormat format);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyKind();

    QLabel* m_icon;
    QLabel* m_text;
    Kind m_kind = Info;
};
