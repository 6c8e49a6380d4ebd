#pragma once

#include "core/api/ValidationError.h"
#include "core/forms/JsonMembers.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

// Custom properties as a key/value table with a type per row (text, number, true/false, date, JSON), and the
// same object as raw JSON on a second tab. Both stay in sync; while one side holds something the other cannot
// show (a half-typed number, broken JSON), the other side is locked instead of overwritten, so nothing typed is
// lost. The properties keep the order they were typed in, and a key typed twice in the raw JSON shows as two rows,
// both marked, rather than silently losing the first. A bad cell is marked (CellMarks) with its message as the
// tooltip. Produces the JSON object text that goes into OperationInput::data, ::changes or ::extras.
class PropertyEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Type
    {
        Text,
        Number,
        Boolean,
        Date,
        Json,
    };
    Q_ENUM(Type)

    enum Column
    {
        KeyColumn,
        TypeColumn,
        ValueColumn,
    };
    static constexpr int TypeRole = Qt::UserRole + 1;

    explicit PropertyEditor(QWidget* parent = nullptr);

    static QList<Type> types();
    static QString typeName(Type type);
    static QString placeholder(Type type);
    // Why `text` is not a valid value of `type` (empty when it is); the JSON value goes to `value`.
    static QString valueProblem(Type type, const QString& text, QJsonValue* value = nullptr);

    // Names the children for assistive technology ("Custom properties table", ...).
    void setSubject(const QString& subject);

    // The object as JSON text; empty when there are no properties. While the raw JSON tab holds text that is not
    // a JSON object, that text is returned as typed so the core reports exactly what is wrong with it.
    QString jsonText() const;
    void setJsonText(const QString& text);
    void appendProperty(const QString& key, Type type, const QString& value);

    // Problems in table rows, reported on `field` ("data", "changes", ...).
    ValidationErrors errors(const QString& field) const;
    bool rawJsonLocksTable() const { return m_rawInvalid; }

signals:
    void changed();

private:
    struct Row
    {
        QString key;
        Type type = Type::Text;
        QString value;
        bool isBlank() const { return key.trimmed().isEmpty() && value.trimmed().isEmpty(); }
    };

    // What is wrong with one cell of the table.
    struct Problem
    {
        int row = 0;
        int column = KeyColumn;
        QString message;
    };

    QList<Row> rows() const;
    // The table's valid rows, in their order.
    QList<JsonMembers::Member> tableMembers() const;
    QList<Problem> rowProblems() const;
    void markProblemCells();
    void fitTypeColumn();
    void insertRow(int row, const Row& content);
    void onTableItemChanged();
    void onRawTextChanged();
    void rebuildTable(const QList<JsonMembers::Member>& members);
    void writeRawFromTable();
    // `rawIsSource`: the raw text was typed, so it stays editable even when its table rows have problems.
    void updateLocks(bool rawIsSource = false);
    void addRowAndEdit();
    void removeSelectedRows();

    QTabWidget* m_tabs = nullptr;
    QWidget* m_tablePage = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_tableLockedLabel = nullptr;
    QPlainTextEdit* m_rawEdit = nullptr;
    QLabel* m_rawLockedLabel = nullptr;
    bool m_updating = false;
    bool m_rawInvalid = false;
};
