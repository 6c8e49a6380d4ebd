#include "FormDriver.h"
#include "app/widgets/CellMarks.h"
#include "app/widgets/PropertyEditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

// The key/value table with a type per row, and the raw JSON tab kept in sync both ways.
class tst_PropertyEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void typedRowBecomesJson_data();
    void typedRowBecomesJson();
    void badValueIsReportedByRow_data();
    void badValueIsReportedByRow();
    void tableIsMirroredInRawJson();
    void rawJsonIsMirroredInTable();
    void brokenRawJsonLocksTheTableAndIsKept();
    void rowWithProblemLocksTheRawJson();
    void duplicateAndNamelessRowsAreReported();
    void removeRowUpdatesJson();
    void emptyEditorMeansNothing();
    void badCellIsMarkedWithItsMessage();
    void repeatedKeyInRawJsonIsReported();
    void keyOrderIsKeptAsTyped();
    void typeColumnFitsTheTypeNames();

private:
    QTableWidget* table() { return m_editor->findChild<QTableWidget*>(QStringLiteral("propertyTable")); }
    QPlainTextEdit* raw() { return m_editor->findChild<QPlainTextEdit*>(QStringLiteral("rawJsonEdit")); }
    QJsonObject object() { return QJsonDocument::fromJson(m_editor->jsonText().toUtf8()).object(); }

    std::unique_ptr<PropertyEditor> m_editor;
};

void tst_PropertyEditor::init()
{
    m_editor = std::make_unique<PropertyEditor>();
    m_editor->resize(600, 400);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void tst_PropertyEditor::typedRowBecomesJson_data()
{
    QTest::addColumn<PropertyEditor::Type>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("text") << PropertyEditor::Type::Text << QStringLiteral("Ada Lovelace")
                          << QJsonValue(QStringLiteral("Ada Lovelace"));
    QTest::newRow("text that looks like a number")
        << PropertyEditor::Type::Text << QStringLiteral("007") << QJsonValue(QStringLiteral("007"));
    QTest::newRow("integer") << PropertyEditor::Type::Number << QStringLiteral("42") << QJsonValue(42);
    QTest::newRow("decimal") << PropertyEditor::Type::Number << QStringLiteral("19.99") << QJsonValue(19.99);
    QTest::newRow("negative") << PropertyEditor::Type::Number << QStringLiteral("-3") << QJsonValue(-3);
    QTest::newRow("true") << PropertyEditor::Type::Boolean << QStringLiteral("true") << QJsonValue(true);
    QTest::newRow("false") << PropertyEditor::Type::Boolean << QStringLiteral("false") << QJsonValue(false);
    QTest::newRow("date") << PropertyEditor::Type::Date << QStringLiteral("1990-12-10")
                          << QJsonValue(QStringLiteral("1990-12-10"));
    QTest::newRow("date and time") << PropertyEditor::Type::Date << QStringLiteral("2024-05-31T14:30:00Z")
                                   << QJsonValue(QStringLiteral("2024-05-31T14:30:00Z"));
    QTest::newRow("JSON array") << PropertyEditor::Type::Json << QStringLiteral(R"(["a", "b"])")
                                << QJsonValue(QJsonArray {QStringLiteral("a"), QStringLiteral("b")});
    QTest::newRow("JSON object") << PropertyEditor::Type::Json << QStringLiteral(R"({"size": "M"})")
                                 << QJsonValue(QJsonObject {{QStringLiteral("size"), QStringLiteral("M")}});
    QTest::newRow("JSON null") << PropertyEditor::Type::Json << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
}

void tst_PropertyEditor::typedRowBecomesJson()
{
    QFETCH(PropertyEditor::Type, type);
    QFETCH(QString, typed);
    QFETCH(QJsonValue, expected);
    QSignalSpy changed(m_editor.get(), &PropertyEditor::changed);
    QVERIFY(FormDriver::addProperty(m_editor.get(), QStringLiteral("field"), type, typed));
    QVERIFY(changed.size() > 0);
    QVERIFY(m_editor->errors(QStringLiteral("data")).isEmpty());
    QCOMPARE(object(), (QJsonObject {{QStringLiteral("field"), expected}}));
    QCOMPARE(table()->item(0, PropertyEditor::TypeColumn)->data(PropertyEditor::TypeRole).toInt(), int(type));
}

void tst_PropertyEditor::badValueIsReportedByRow_data()
{
    QTest::addColumn<PropertyEditor::Type>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("number")
        << PropertyEditor::Type::Number << QStringLiteral("12,5")
        << QStringLiteral("Row 1 (field, number): \"12,5\" is not a number (use a dot for decimals, like 19.99).");
    QTest::newRow("date") << PropertyEditor::Type::Date << QStringLiteral("31/05/2024")
                          << QStringLiteral("Row 1 (field, date): \"31/05/2024\" is not an ISO-8601 date (like "
                                            "2024-05-31 or 2024-05-31T14:30:00Z).");
    QTest::newRow("JSON") << PropertyEditor::Type::Json << QStringLiteral("[1, 2")
                          << QStringLiteral("Row 1 (field, JSON): is not valid JSON");
}

void tst_PropertyEditor::badValueIsReportedByRow()
{
    QFETCH(PropertyEditor::Type, type);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QVERIFY(FormDriver::addProperty(m_editor.get(), QStringLiteral("field"), type, typed));
    const ValidationErrors errors = m_editor->errors(QStringLiteral("data"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("data"));
    QVERIFY2(errors.first().message.startsWith(message), qPrintable(errors.first().message));
    // What was typed stays in the cell.
    QCOMPARE(table()->item(0, PropertyEditor::ValueColumn)->text(), typed);
}

void tst_PropertyEditor::tableIsMirroredInRawJson()
{
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("pro")));
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("seats"), PropertyEditor::Type::Number, QStringLiteral("5")));
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("trial"), PropertyEditor::Type::Boolean, QStringLiteral("false")));
    const QJsonObject expected {{QStringLiteral("plan"), QStringLiteral("pro")},
                                {QStringLiteral("seats"), 5},
                                {QStringLiteral("trial"), false}};
    QCOMPARE(QJsonDocument::fromJson(raw()->toPlainText().toUtf8()).object(), expected);
    QCOMPARE(object(), expected);
}

void tst_PropertyEditor::rawJsonIsMirroredInTable()
{
    QVERIFY(FormDriver::typeRawJson(
        m_editor.get(),
        QStringLiteral(R"({"age": 30, "name": "Ada", "born": "1815-12-10", "vip": true, "tags": ["x"]})")));
    QCOMPARE(table()->rowCount(), 5);
    // Rows come in key order; each gets the type its value has.
    QHash<QString, QPair<int, QString>> rows;
    for (int row = 0; row < table()->rowCount(); ++row) {
        rows.insert(table()->item(row, PropertyEditor::KeyColumn)->text(),
                    {table()->item(row, PropertyEditor::TypeColumn)->data(PropertyEditor::TypeRole).toInt(),
                     table()->item(row, PropertyEditor::ValueColumn)->text()});
    }
    QCOMPARE(rows.value(QStringLiteral("age")), qMakePair(int(PropertyEditor::Type::Number), QStringLiteral("30")));
    QCOMPARE(rows.value(QStringLiteral("name")), qMakePair(int(PropertyEditor::Type::Text), QStringLiteral("Ada")));
    QCOMPARE(rows.value(QStringLiteral("born")),
             qMakePair(int(PropertyEditor::Type::Date), QStringLiteral("1815-12-10")));
    QCOMPARE(rows.value(QStringLiteral("vip")), qMakePair(int(PropertyEditor::Type::Boolean), QStringLiteral("true")));
    QCOMPARE(rows.value(QStringLiteral("tags")),
             qMakePair(int(PropertyEditor::Type::Json), QStringLiteral(R"(["x"])")));

    // And back: editing the table rewrites the raw text.
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("zone"), PropertyEditor::Type::Number, QStringLiteral("10")));
    QCOMPARE(QJsonDocument::fromJson(raw()->toPlainText().toUtf8()).object().value(QStringLiteral("zone")).toInt(), 10);
    QCOMPARE(object().size(), 6);
}

void tst_PropertyEditor::brokenRawJsonLocksTheTableAndIsKept()
{
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("pro")));
    QVERIFY(FormDriver::typeRawJson(m_editor.get(), QStringLiteral(R"({"plan": "pro", )")));
    QVERIFY(m_editor->rawJsonLocksTable());
    QVERIFY(!table()->isEnabled());
    QVERIFY(!m_editor->findChild<QPushButton*>(QStringLiteral("addPropertyButton"))->isEnabled());
    // The text goes out as typed, so the core can say what is wrong with it.
    QCOMPARE(m_editor->jsonText(), QStringLiteral(R"({"plan": "pro", )"));
    // Finishing it unlocks the table with the new content.
    QTest::keyClicks(raw(), QStringLiteral(R"("seats": 2})"));
    QVERIFY(!m_editor->rawJsonLocksTable());
    QVERIFY(table()->isEnabled());
    QCOMPARE(table()->rowCount(), 2);
    QCOMPARE(object(), (QJsonObject {{QStringLiteral("plan"), QStringLiteral("pro")}, {QStringLiteral("seats"), 2}}));
}

void tst_PropertyEditor::rowWithProblemLocksTheRawJson()
{
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("seats"), PropertyEditor::Type::Number, QStringLiteral("two")));
    QVERIFY(raw()->isReadOnly());
    QVERIFY(!m_editor->errors(QStringLiteral("data")).isEmpty());
}

void tst_PropertyEditor::duplicateAndNamelessRowsAreReported()
{
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("a")));
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("plan"), PropertyEditor::Type::Text, QStringLiteral("b")));
    QVERIFY(FormDriver::addProperty(m_editor.get(), QString(), PropertyEditor::Type::Text, QStringLiteral("orphan")));
    QStringList messages;
    for (const ValidationError& error : m_editor->errors(QStringLiteral("changes"))) {
        QCOMPARE(error.field, QStringLiteral("changes"));
        messages.append(error.message);
    }
    QCOMPARE(messages,
             (QStringList {QStringLiteral("Row 2: the property \"plan\" appears twice; only one can be sent."),
                           QStringLiteral("Row 3: give the property a name.")}));
}

void tst_PropertyEditor::removeRowUpdatesJson()
{
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("a"), PropertyEditor::Type::Number, QStringLiteral("1")));
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("b"), PropertyEditor::Type::Number, QStringLiteral("2")));
    table()->selectRow(0);
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("removePropertyButton")), Qt::LeftButton);
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(object(), (QJsonObject {{QStringLiteral("b"), 2}}));
    QCOMPARE(QJsonDocument::fromJson(raw()->toPlainText().toUtf8()).object(), (QJsonObject {{QStringLiteral("b"), 2}}));
}

void tst_PropertyEditor::emptyEditorMeansNothing()
{
    QCOMPARE(m_editor->jsonText(), QString());
    m_editor->setJsonText(QStringLiteral(R"({"x":1})"));
    QCOMPARE(m_editor->jsonText(), QStringLiteral(R"({"x":1})"));
    m_editor->setJsonText(QString());
    QCOMPARE(m_editor->jsonText(), QString());
    QCOMPARE(table()->rowCount(), 0);
}

// As the channels table does: the bad cell red, its message as the cell's tooltip.
void tst_PropertyEditor::badCellIsMarkedWithItsMessage()
{
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("seats"), PropertyEditor::Type::Number, QStringLiteral("two")));
    QTableWidgetItem* value = table()->item(0, PropertyEditor::ValueColumn);
    QVERIFY(CellMarks::isMarked(value));
    QVERIFY2(value->toolTip().contains(QLatin1String("not a number")), qPrintable(value->toolTip()));
    QVERIFY(!CellMarks::isMarked(table()->item(0, PropertyEditor::KeyColumn)));
    value->setText(QStringLiteral("2"));
    QVERIFY(!CellMarks::isMarked(table()->item(0, PropertyEditor::ValueColumn)));
    QVERIFY(table()->item(0, PropertyEditor::ValueColumn)->toolTip().isEmpty());
}

// QJsonDocument keeps only the last of a repeated key: the editor shows both and says so.
void tst_PropertyEditor::repeatedKeyInRawJsonIsReported()
{
    QVERIFY(FormDriver::typeRawJson(m_editor.get(), QStringLiteral(R"({"plan": "a", "seats": 2, "plan": "b"})")));
    QCOMPARE(table()->rowCount(), 3);
    QCOMPARE(table()->item(2, PropertyEditor::KeyColumn)->text(), QStringLiteral("plan"));
    QCOMPARE(table()->item(2, PropertyEditor::ValueColumn)->text(), QStringLiteral("b"));
    QVERIFY(CellMarks::isMarked(table()->item(2, PropertyEditor::KeyColumn)));
    const ValidationErrors errors = m_editor->errors(QStringLiteral("data"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(QLatin1String("\"plan\" appears twice")),
             qPrintable(errors.first().message));
    QVERIFY(!raw()->isReadOnly()); // typed there, fixed there
}

void tst_PropertyEditor::keyOrderIsKeptAsTyped()
{
    QVERIFY(
        FormDriver::typeRawJson(m_editor.get(), QStringLiteral(R"({"zeta": 1, "alpha": "x", "mid": [1, {"b": 2}]})")));
    QCOMPARE(table()->item(0, PropertyEditor::KeyColumn)->text(), QStringLiteral("zeta"));
    QCOMPARE(table()->item(1, PropertyEditor::KeyColumn)->text(), QStringLiteral("alpha"));
    QCOMPARE(m_editor->jsonText(), QStringLiteral(R"({"zeta":1,"alpha":"x","mid":[1,{"b":2}]})"));
    QVERIFY(FormDriver::addProperty(
        m_editor.get(), QStringLiteral("beta"), PropertyEditor::Type::Text, QStringLiteral("y")));
    QVERIFY(raw()->toPlainText().indexOf(QLatin1String("\"mid\""))
            < raw()->toPlainText().indexOf(QLatin1String("\"beta\"")));
}

void tst_PropertyEditor::typeColumnFitsTheTypeNames()
{
    int widest = 0;
    for (PropertyEditor::Type type : PropertyEditor::types()) {
        widest = qMax(widest, table()->fontMetrics().horizontalAdvance(PropertyEditor::typeName(type)));
    }
    // The name and the combo box's arrow.
    QVERIFY2(table()->columnWidth(PropertyEditor::TypeColumn) > widest + table()->fontMetrics().height(),
             qPrintable(QString::number(table()->columnWidth(PropertyEditor::TypeColumn))));
}

QTEST_MAIN(tst_PropertyEditor)
#include "tst_PropertyEditor.moc"
