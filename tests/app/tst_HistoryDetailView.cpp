#include "HistoryTestData.h"
#include "app/history/HistoryDetailView.h"

#include <QTest>

// The detail of one history row: its title reads as a sentence (no doubled punctuation from the service's own
// message), the request and the answer below it.
class tst_HistoryDetailView : public QObject
{
    Q_OBJECT

private slots:
    void titleHasNoDoubledPunctuation();
};

void tst_HistoryDetailView::titleHasNoDoubledPunctuation()
{
    HistoryDetailView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setEntry(
        HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc()));
    const QString title = view.summaryText();
    QVERIFY2(title.contains(QStringLiteral("200 Success, 42 ms")), qPrintable(title));
    QVERIFY2(!title.contains(QStringLiteral(".,")), qPrintable(title));
}

QTEST_MAIN(tst_HistoryDetailView)
#include "tst_HistoryDetailView.moc"
