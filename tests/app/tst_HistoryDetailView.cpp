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
    void showsTheHeadersSentAndReceived();
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

void tst_HistoryDetailView::showsTheHeadersSentAndReceived()
{
    HistoryDetailView view;
    HistoryEntry entry
        = HistoryTestData::entry(HistoryTestData::identify(QStringLiteral("u1")), QDateTime::currentDateTimeUtc());
    entry.requestHeaders = QStringLiteral("Host: api.getvero.com\nUser-Agent: VeroAdmin/0.1.0");
    entry.responseHeaders = QStringLiteral("Content-Type: application/json\nX-Request-Id: req-42");
    view.setEntry(entry);
    const QString request = view.requestText();
    QVERIFY2(request.startsWith(QStringLiteral("POST ")), qPrintable(request));
    // The headers follow the request line; the body comes after a blank line.
    QVERIFY2(request.contains(QStringLiteral("\nHost: api.getvero.com\nUser-Agent: VeroAdmin/0.1.0\n\n{")),
             qPrintable(request));
    const QString response = view.responseText();
    QVERIFY2(response.startsWith(QStringLiteral("HTTP 200\nContent-Type: application/json\nX-Request-Id: req-42\n\n{")),
             qPrintable(response));
}

QTEST_MAIN(tst_HistoryDetailView)
#include "tst_HistoryDetailView.moc"
