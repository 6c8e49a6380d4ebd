#include "app/widgets/PropertyEditor.h"

#include "app/style/StateTextColour.h"
#include "app/widgets/CellMarks.h"
#include "app/widgets/TableRows.h"

#include "app/widgets/PropertyTableDelegate.h"

#include <QDate>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace {

// Room around the table and the raw text inside their tabs, and the least height of either, in pixels.
constexpr int PageMargin = 4;
constexpr int MinimumEditorHeight = 110;

// Parses any single JSON value, scalars included (QJsonDocument alone only takes objects and arrays).
bool parseJsonValue(const QString& text, QJsonValue* value, QString* problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (problem) {
            *problem = error.error != QJsonParseError::NoError ? error.errorString() : QString();
        }
        return false;
    }
    *value = document.array().first();
    return true;
}

// A JSON value as compact text, scalars included.
QString jsonValueText(const QJsonValue& value)
{
    const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

bool looksLikeDate(const QString& text)
{
    static const QRegularExpression isoDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}.*)?$)"));
    return isoDate.match(text).hasMatch() && PropertyEditor::valueProblem(PropertyEditor::Type::Date, text).isEmpty();
}

QLabel* makeLockLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    StateTextColour::apply(label, StatePalette::Role::Warning);
    label->setVisible(false);
    return label;
}

} // namespace

PropertyEditor::PropertyEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("propertyTabs"));
    layout->addWidget(m_tabs);

    m_tablePage = new QWidget(m_tabs);
    auto* tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(PageMargin, PageMargin, PageMargin, PageMargin);
    m_tableLockedLabel = makeLockLabel(
        tr("The raw JSON is not a valid JSON object, so the table cannot show it. Fix it on the Raw JSON tab "
           "(your text there is kept)."),
        m_tablePage);
    tableLayout->addWidget(m_tableLockedLabel);
    m_table = new QTableWidget(0, 3, m_tablePage);
    m_table->setObjectName(QStringLiteral("propertyTable"));
    m_table->setAccessibleDescription(tr("One property a row: its name, its type and its value"));
    m_table->setHorizontalHeaderLabels({tr("Property"), tr("Type"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setItemDelegate(new PropertyTableDelegate(m_table));
    m_table->setMinimumHeight(MinimumEditorHeight);
    tableLayout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add property"), m_tablePage);
    m_addButton->setObjectName(QStringLiteral("addPropertyButton"));
    m_addButton->setAccessibleDescription(tr("Adds an empty row to the table and starts editing its name"));
    m_removeButton = new QPushButton(tr("Remove property"), m_tablePage);
    m_removeButton->setObjectName(QStringLiteral("removePropertyButton"));
    m_removeButton->setAccessibleDescription(tr("Removes the selected rows from the table"));
    m_removeButton->setEnabled(false);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    tableLayout->addLayout(buttons);
    m_tabs->addTab(m_tablePage, tr("Table"));

    auto* rawPage = new QWidget(m_tabs);
    auto* rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(PageMargin, PageMargin, PageMargin, PageMargin);
    m_rawLockedLabel = makeLockLabel(
        tr("The table has a row with a problem (see below). Fix it there first; until then this text is read-only."),
        rawPage);
    rawLayout->addWidget(m_rawLockedLabel);
    m_rawEdit = new QPlainTextEdit(rawPage);
    m_rawEdit->setObjectName(QStringLiteral("rawJsonEdit"));
    m_rawEdit->setAccessibleDescription(tr("The same properties as one JSON object; Tab leaves the text"));
    m_rawEdit->setPlaceholderText(QStringLiteral(R"({"first_name": "Ada", "plan": "pro", "trial_days": 14})"));
    m_rawEdit->setTabChangesFocus(true);
    m_rawEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_rawEdit->setMinimumHeight(MinimumEditorHeight);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_rawEdit->setFont(mono);
    rawLayout->addWidget(m_rawEdit);
    m_tabs->addTab(rawPage, tr("Raw JSON"));

    setSubject(tr("Properties"));
    fitTypeColumn();
    connect(m_table, &QTableWidget::itemChanged, this, &PropertyEditor::onTableItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeButton->setEnabled(!m_table->selectedItems().isEmpty());
    });
    connect(m_rawEdit, &QPlainTextEdit::textChanged, this, &PropertyEditor::onRawTextChanged);
    connect(m_addButton, &QPushButton::clicked, this, &PropertyEditor::addRowAndEdit);
    connect(m_removeButton, &QPushButton::clicked, this, &PropertyEditor::removeSelectedRows);
}

QList<PropertyEditor::Type> PropertyEditor::types()
{
    return {Type::Text, Type::Number, Type::Boolean, Type::Date, Type::Json};
}

QString PropertyEditor::typeName(Type type)
{
    switch (type) {
        case Type::Text:
            return tr("text");
        case Type::Number:
            return tr("number");
        case Type::Boolean:
            return tr("true/false");
        case Type::Date:
            return tr("date");
        case Type::Json:
            return tr("JSON");
    }
    return {};
}

QString PropertyEditor::placeholder(Type type)
{
    switch (type) {
        case Type::Text:
            return tr("any text");
        case Type::Number:
            return tr("e.g. 42 or 19.99");
        case Type::Boolean:
            return tr("true or false");
        case Type::Date:
            return tr("e.g. 2024-05-31 or 2024-05-31T14:30:00Z");
        case Type::Json:
            return tr("e.g. [\"a\", \"b\"] or {\"size\": \"M\"}");
    }
    return {};
}

QString PropertyEditor::valueProblem(Type type, const QString& text, QJsonValue* value)
{
    QJsonValue parsed;
    const QString trimmed = text.trimmed();
    switch (type) {
        case Type::Text:
            parsed = text;
            break;
        case Type::Number: {
            bool ok = false;
            const qint64 integer = trimmed.toLongLong(&ok);
            if (ok) {
                parsed = integer;
                break;
            }
            const double number = QLocale::c().toDouble(trimmed, &ok);
            if (!ok || !qIsFinite(number)) {
                return trimmed.isEmpty()
                           ? tr("needs a number")
                           : tr("\"%1\" is not a number (use a dot for decimals, like 19.99)").arg(trimmed);
            }
            parsed = number;
            break;
        }
        case Type::Boolean:
            if (trimmed.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
                parsed = true;
            } else if (trimmed.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
                parsed = false;
            } else {
                return tr("must be true or false");
            }
            break;
        case Type::Date: {
            const bool isDate = QDate::fromString(trimmed, Qt::ISODate).isValid();
            const bool isDateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs).isValid();
            if (!isDate && !isDateTime) {
                return trimmed.isEmpty() ? tr("needs a date, like 2024-05-31")
                                         : tr("\"%1\" is not an ISO-8601 date (like 2024-05-31 or "
                                              "2024-05-31T14:30:00Z)")
                                               .arg(trimmed);
            }
            parsed = trimmed;
            break;
        }
        case Type::Json: {
            QString problem;
            if (!parseJsonValue(trimmed, &parsed, &problem)) {
                return trimmed.isEmpty() ? tr("needs a JSON value, like [\"a\", \"b\"]")
                                         : tr("is not valid JSON (%1); text needs quotes, like \"pro\"").arg(problem);
            }
            break;
        }
    }
    if (value) {
        *value = parsed;
    }
    return {};
}

void PropertyEditor::setSubject(const QString& subject)
{
    setAccessibleName(subject);
    m_tabs->setAccessibleName(subject);
    m_table->setAccessibleName(tr("%1 table").arg(subject));
    m_rawEdit->setAccessibleName(tr("%1 as raw JSON").arg(subject));
    m_addButton->setAccessibleName(tr("Add a row to %1").arg(subject));
    m_removeButton->setAccessibleName(tr("Remove the selected row from %1").arg(subject));
}

QList<PropertyEditor::Row> PropertyEditor::rows() const
{
    QList<Row> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Row content;
        if (const QTableWidgetItem* item = m_table->item(row, KeyColumn)) {
            content.key = item->text();
        }
        if (const QTableWidgetItem* item = m_table->item(row, TypeColumn)) {
            content.type = Type(item->data(TypeRole).toInt());
        }
        if (const QTableWidgetItem* item = m_table->item(row, ValueColumn)) {
            content.value = item->text();
        }
        list.append(content);
    }
    return list;
}

QList<PropertyEditor::Problem> PropertyEditor::rowProblems() const
{
    QList<Problem> problems;
    QSet<QString> seen;
    const QList<Row> all = rows();
    for (int i = 0; i < all.size(); ++i) {
        const Row& row = all.at(i);
        if (row.isBlank()) {
            continue;
        }
        const QString key = row.key.trimmed();
        if (key.isEmpty()) {
            problems.append({i, KeyColumn, tr("Row %1: give the property a name.").arg(i + 1)});
            continue;
        }
        if (seen.contains(key)) {
            problems.append(
                {i,
                 KeyColumn,
                 tr("Row %1: the property \"%2\" appears twice; only one can be sent.").arg(i + 1).arg(key)});
        }
        seen.insert(key);
        const QString problem = valueProblem(row.type, row.value);
        if (!problem.isEmpty()) {
            problems.append(
                {i, ValueColumn, tr("Row %1 (%2, %3): %4.").arg(i + 1).arg(key, typeName(row.type), problem)});
        }
    }
    return problems;
}

QList<JsonMembers::Member> PropertyEditor::tableMembers() const
{
    QList<JsonMembers::Member> members;
    for (const Row& row : rows()) {
        QJsonValue value;
        if (!row.key.trimmed().isEmpty() && valueProblem(row.type, row.value, &value).isEmpty()) {
            members.append({row.key.trimmed(), value});
        }
    }
    return members;
}

void PropertyEditor::markProblemCells()
{
    const bool updating = std::exchange(m_updating, true); // marks are item changes too
    CellMarks::clear(m_table);
    for (const Problem& problem : rowProblems()) {
        CellMarks::mark(m_table->item(problem.row, problem.column), problem.message);
    }
    m_updating = updating;
}

void PropertyEditor::fitTypeColumn()
{
    // The widest type name in the type editor's combo box, arrow and frame included.
    int text = 0;
    for (Type type : types()) {
        text = qMax(text, m_table->fontMetrics().horizontalAdvance(typeName(type)));
    }
    QStyleOptionComboBox option;
    option.initFrom(m_table);
    const QSize size = m_table->style()->sizeFromContents(
        QStyle::CT_ComboBox, &option, QSize(text, m_table->fontMetrics().height()), m_table);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(TypeColumn, size.width());
}

ValidationErrors PropertyEditor::errors(const QString& field) const
{
    ValidationErrors list;
    if (m_rawInvalid) {
        return list; // the core reports the raw text's problem
    }
    for (const Problem& problem : rowProblems()) {
        list.append({field, problem.message});
    }
    return list;
}

QString PropertyEditor::jsonText() const
{
    if (m_rawInvalid) {
        return m_rawEdit->toPlainText();
    }
    const QList<JsonMembers::Member> members = tableMembers();
    return members.isEmpty() ? QString() : JsonMembers::write(members, false);
}

void PropertyEditor::setJsonText(const QString& text)
{
    // Reformat valid objects for reading, in their order; anything else stays exactly as given.
    const std::optional<QList<JsonMembers::Member>> members = JsonMembers::read(text);
    const QString shown = members && !members->isEmpty() ? JsonMembers::write(*members, true) : text;
    m_rawEdit->setPlainText(shown); // onRawTextChanged rebuilds the table
    if (text.isEmpty()) {
        onRawTextChanged();
    }
}

void PropertyEditor::appendProperty(const QString& key, Type type, const QString& value)
{
    m_updating = true;
    insertRow(m_table->rowCount(), {key, type, value});
    m_updating = false;
    onTableItemChanged();
}

void PropertyEditor::insertRow(int row, const Row& content)
{
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(content.key));
    auto* typeItem = new QTableWidgetItem(typeName(content.type));
    typeItem->setData(TypeRole, int(content.type));
    m_table->setItem(row, TypeColumn, typeItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(content.value));
}

void PropertyEditor::onTableItemChanged()
{
    if (m_updating) {
        return;
    }
    writeRawFromTable();
    markProblemCells();
    updateLocks();
    emit changed();
}

void PropertyEditor::writeRawFromTable()
{
    const QList<JsonMembers::Member> members = tableMembers();
    m_updating = true;
    const QSignalBlocker blocker(m_rawEdit);
    m_rawEdit->setPlainText(members.isEmpty() ? QString() : JsonMembers::write(members, true));
    m_updating = false;
    m_rawInvalid = false;
}

void PropertyEditor::onRawTextChanged()
{
    if (m_updating) {
        return;
    }
    const QString text = m_rawEdit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_rawInvalid = false;
        rebuildTable({});
    } else {
        const std::optional<QList<JsonMembers::Member>> members = JsonMembers::read(text);
        m_rawInvalid = !members;
        if (members) {
            rebuildTable(*members);
        }
    }
    markProblemCells();
    updateLocks(true);
    emit changed();
}

void PropertyEditor::rebuildTable(const QList<JsonMembers::Member>& members)
{
    // Keep the type the user chose for a key where the value still fits it (a date stays a date, not text).
    QHash<QString, Type> previousTypes;
    for (const Row& row : rows()) {
        previousTypes.insert(row.key.trimmed(), row.type);
    }
    m_updating = true;
    m_table->setRowCount(0);
    for (const JsonMembers::Member& member : members) {
        const QJsonValue& value = member.value;
        Row row;
        row.key = member.key;
        if (value.isBool()) {
            row.type = Type::Boolean;
            row.value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (value.isDouble()) {
            row.type = Type::Number;
            row.value = jsonValueText(value);
        } else if (value.isString()) {
            row.value = value.toString();
            const Type previous = previousTypes.value(row.key, Type::Text);
            if (previousTypes.contains(row.key) && (previous == Type::Text || previous == Type::Date)) {
                row.type = valueProblem(previous, row.value).isEmpty() ? previous : Type::Text;
            } else {
                row.type = looksLikeDate(row.value) ? Type::Date : Type::Text;
            }
        } else {
            row.type = Type::Json;
            row.value = jsonValueText(value);
        }
        insertRow(m_table->rowCount(), row);
    }
    m_updating = false;
}

void PropertyEditor::updateLocks(bool rawIsSource)
{
    m_tableLockedLabel->setVisible(m_rawInvalid);
    m_table->setEnabled(!m_rawInvalid);
    m_addButton->setEnabled(!m_rawInvalid);
    m_removeButton->setEnabled(!m_rawInvalid && !m_table->selectedItems().isEmpty());
    const bool tableHasProblems = !m_rawInvalid && !rowProblems().isEmpty() && !rawIsSource;
    m_rawLockedLabel->setVisible(tableHasProblems);
    m_rawEdit->setReadOnly(tableHasProblems);
}

void PropertyEditor::addRowAndEdit()
{
    m_updating = true;
    const int row = m_table->rowCount();
    insertRow(row, {});
    m_updating = false;
    m_tabs->setCurrentWidget(m_tablePage);
    m_table->setCurrentCell(row, KeyColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, KeyColumn));
}

void PropertyEditor::removeSelectedRows()
{
    m_updating = true;
    TableRows::removeSelected(m_table);
    m_updating = false;
    onTableItemChanged();
}
