#include "FormDriver.h"
#include "app/widgets/ChannelsEditor.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

// Channels as table rows; empty rows are not sent, and errors mark the right cells.
class tst_ChannelsEditor : public QObject
{
    Q_OBJECT

private slots:
    void rowsBecomeChannels();
    void emptyRowsAreNotSent();
    void errorsMarkTheirCells();
    void removeRow();
    void headersReadInFullAtTheFormsWidth();
};

void tst_ChannelsEditor::rowsBecomeChannels()
{
    ChannelsEditor editor;
    editor.show();
    QVERIFY(FormDriver::addChannel(&editor, QStringLiteral("TOKEN-A"), QStringLiteral("ios")));
    QVERIFY(FormDriver::addChannel(&editor, QStringLiteral("TOKEN-B"), QStringLiteral("android")));
    const QJsonArray expected {QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                            {QStringLiteral("address"), QStringLiteral("TOKEN-A")},
                                            {QStringLiteral("platform"), QStringLiteral("ios")}},
                               QJsonObject {{QStringLiteral("type"), QStringLiteral("push")},
                                            {QStringLiteral("address"), QStringLiteral("TOKEN-B")},
                                            {QStringLiteral("platform"), QStringLiteral("android")}}};
    QCOMPARE(editor.channels(), expected);
    ChannelsEditor copy;
    copy.setChannels(expected);
    QCOMPARE(copy.channels(), expected);
}

void tst_ChannelsEditor::emptyRowsAreNotSent()
{
    ChannelsEditor editor;
    editor.show();
    auto* table = editor.findChild<QTableWidget*>(QStringLiteral("channelsTable"));
    table->setRowCount(2); // two untouched rows
    QVERIFY(editor.channels().isEmpty());
}

void tst_ChannelsEditor::errorsMarkTheirCells()
{
    ChannelsEditor editor;
    editor.show();
    auto* table = editor.findChild<QTableWidget*>(QStringLiteral("channelsTable"));
    table->setRowCount(1); // an empty first row: channels[0] is the second table row
    QVERIFY(FormDriver::addChannel(&editor, QStringLiteral("TOKEN"), QString()));
    editor.markErrors({{QStringLiteral("channels[0].platform"), QStringLiteral("channels[0].platform is required.")}});
    QCOMPARE(table->item(1, ChannelsEditor::PlatformColumn)->toolTip(),
             QStringLiteral("channels[0].platform is required."));
    QVERIFY(table->item(1, ChannelsEditor::AddressColumn)->toolTip().isEmpty());
    editor.markErrors({});
    QVERIFY(table->item(1, ChannelsEditor::PlatformColumn)->toolTip().isEmpty());
}

void tst_ChannelsEditor::removeRow()
{
    ChannelsEditor editor;
    editor.show();
    QVERIFY(FormDriver::addChannel(&editor, QStringLiteral("A"), QStringLiteral("ios")));
    QVERIFY(FormDriver::addChannel(&editor, QStringLiteral("B"), QStringLiteral("ios")));
    auto* table = editor.findChild<QTableWidget*>(QStringLiteral("channelsTable"));
    table->selectRow(0);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("removeChannelButton")), Qt::LeftButton);
    QCOMPARE(editor.channels().size(), 1);
    QCOMPARE(editor.channels().first().toObject().value(QStringLiteral("address")).toString(), QStringLiteral("B"));
}

// At 1024x700 the table is about 300 pixels wide: the address header was cut to "lress (device tok".
void tst_ChannelsEditor::headersReadInFullAtTheFormsWidth()
{
    ChannelsEditor editor;
    editor.resize(300, 120);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(FormDriver::addChannel(&editor, QStringLiteral("TOKEN-A"), QStringLiteral("android")));
    auto* table = editor.findChild<QTableWidget*>(QStringLiteral("channelsTable"));
    QVERIFY(table);
    const QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < table->columnCount(); ++column) {
        const QString label = table->horizontalHeaderItem(column)->text();
        const int needed = header->fontMetrics().horizontalAdvance(label);
        QVERIFY2(header->sectionSize(column) >= needed,
                 qPrintable(QStringLiteral("%1: %2 < %3").arg(label).arg(header->sectionSize(column)).arg(needed)));
    }
}

QTEST_MAIN(tst_ChannelsEditor)
#include "tst_ChannelsEditor.moc"
