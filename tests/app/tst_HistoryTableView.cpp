#include "HistoryTestData.h"
#include "app/history/HistoryTableView.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistoryStore.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// The history table's own mechanics: widths from the font with the status column filling the rest, the sort
// indicator that shows the model's order, finding a row beyond the loaded pages, and the context menu.
class tst_HistoryTableView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusColumnTakesTheRoomLeft();
    void timeHeaderTurnsTheOrderRound();
    void selectEntryFetchesUntilItIsLoaded();
    void keyboardContextMenuOpensAtTheCurrentRow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<HistoryTableView> m_view;
    QList<qint64> m_ids; // oldest first
};

void tst_HistoryTableView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_store->open());
    m_ids.clear();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < 30; ++i) {
        m_ids << m_store->insert(
            HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("user-%1").arg(i)), start.addSecs(i)));
    }
    m_model = std::make_unique<HistoryModel>();
    m_model->setPageSize(10);
    m_model->setStore(m_store.get());
    m_view = std::make_unique<HistoryTableView>();
    m_view->setHistoryModel(m_model.get());
    m_view->resize(900, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_HistoryTableView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_HistoryTableView::statusColumnTakesTheRoomLeft()
{
    QHeaderView* header = m_view->horizontalHeader();
    const auto columnsWidth = [header] {
        int width = 0;
        for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
            width += header->sectionSize(column);
        }
        return width;
    };
    QCOMPARE(columnsWidth(), m_view->viewport()->width());
    const int wideStatus = header->sectionSize(HistoryModel::StatusColumn);
    // Wider window, wider status; the other columns keep their font-based widths.
    const int time = header->sectionSize(HistoryModel::TimeColumn);
    m_view->resize(1200, 300);
    QTRY_COMPARE(columnsWidth(), m_view->viewport()->width());
    QVERIFY(header->sectionSize(HistoryModel::StatusColumn) > wideStatus);
    QCOMPARE(header->sectionSize(HistoryModel::TimeColumn), time);
    // A narrow dock: the status keeps a readable width and the table scrolls sideways.
    m_view->resize(300, 300);
    QTRY_VERIFY(columnsWidth() > m_view->viewport()->width());
    QVERIFY(header->sectionSize(HistoryModel::StatusColumn) >= m_view->fontMetrics().averageCharWidth() * 18);
    // Every time stamp fits its column.
    const QString time0 = m_model->index(0, HistoryModel::TimeColumn).data().toString();
    QVERIFY(m_view->fontMetrics().horizontalAdvance(time0) < header->sectionSize(HistoryModel::TimeColumn));
}

void tst_HistoryTableView::timeHeaderTurnsTheOrderRound()
{
    QHeaderView* header = m_view->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(HistoryModel::TimeColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_model->summary(0).id, m_ids.last());

    QTest::mouseClick(header->viewport(),
                      Qt::LeftButton,
                      {},
                      QPoint(header->sectionViewportPosition(HistoryModel::TimeColumn) + 5, header->height() / 2));
    QCOMPARE(m_model->order(), Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(m_model->summary(0).id, m_ids.first());

    // Another column is no order of its own: the indicator stays on time.
    QTest::mouseClick(header->viewport(),
                      Qt::LeftButton,
                      {},
                      QPoint(header->sectionViewportPosition(HistoryModel::UserColumn) + 5, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(HistoryModel::TimeColumn));
    QCOMPARE(m_model->order(), Qt::AscendingOrder);

    // The model's order changed elsewhere (a timeline ends): the indicator follows.
    m_model->setOrder(Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void tst_HistoryTableView::selectEntryFetchesUntilItIsLoaded()
{
    QCOMPARE(m_model->rowCount(), 10);
    QSignalSpy current(m_view.get(), &HistoryTableView::currentRowChanged);
    // The oldest row is two pages away.
    QVERIFY(m_view->selectEntry(m_ids.first()));
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_view->currentRow(), 29);
    QCOMPARE(current.last().first().toInt(), 29);
    QVERIFY(!m_view->selectEntry(999999));
    QCOMPARE(m_view->currentRow(), 29);
    // A reload leaves no row current, and says so.
    m_model->setUserFilter(QStringLiteral("user-3"));
    QCOMPARE(m_view->currentRow(), -1);
    QCOMPARE(current.last().first().toInt(), -1);
}

void tst_HistoryTableView::keyboardContextMenuOpensAtTheCurrentRow()
{
    QAction first(QStringLiteral("First"));
    QAction second(QStringLiteral("Second"));
    m_view->setContextMenuActions({&first, nullptr, &second});
    QVERIFY(m_view->selectEntry(m_ids.at(25))); // row 4, newest first
    const QRect row = m_view->visualRect(m_view->currentIndex());

    QPoint openedAt;
    QStringList items;
    QTimer::singleShot(0, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("historyContextMenu"));
        openedAt = menu->pos();
        for (QAction* action : menu->actions()) {
            items << (action->isSeparator() ? QStringLiteral("-") : action->text());
        }
        menu->close();
    });
    // Menu key: the position it carries means nothing.
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1), m_view->viewport()->mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(m_view->viewport(), &event);
    QCOMPARE(items, (QStringList {QStringLiteral("First"), QStringLiteral("-"), QStringLiteral("Second")}));
    QCOMPARE(openedAt, m_view->viewport()->mapToGlobal(row.bottomLeft()));
}

QTEST_MAIN(tst_HistoryTableView)
#include "tst_HistoryTableView.moc"
