#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

// An editable list of tag names: type a tag and press Enter (or Add) to append it (a comma or semicolon
// separates several); double-click or F2 edits a tag in place; Delete or Remove takes the selected tags out. A
// tag already in the list is not added twice.
class TagListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagListEditor(QWidget* parent = nullptr);

    // Names the children for assistive technology ("Tags to add: new tag", ...).
    void setSubject(const QString& subject);
    void setPlaceholderText(const QString& text);

    QStringList tags() const;
    // Replaces the list, and drops a tag typed but not added.
    void setTags(const QStringList& tags);
    // Text typed in the entry but not added yet; the form warns about it rather than dropping it silently.
    QString pendingText() const;

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addPendingTag();
    void removeSelectedTags();

    QLineEdit* m_tagEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_removeButton = nullptr;
};
