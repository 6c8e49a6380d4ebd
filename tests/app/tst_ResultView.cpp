#include "app/forms/ResultView.h"

#include <QTest>

// Each kind of outcome reads as what it is: accepted (and what accepted means), rejected with the service's
// message, failed with the reason in words, not sent.
class tst_ResultView : public QObject
{
    Q_OBJECT

private slots:
    void accepted();
    void rejectedShowsTheServiceMessage();
    void networkFailureShowsTheReason();
    void htmlErrorBodyIsShownShortened();
    void notSent();
    void pendingThenCleared();
    void earlierResultIsMarked();
    void noAnswerAfterSendingMayHaveBeenApplied();
};

void tst_ResultView::accepted()
{
    ResultView view;
    ApiResult result;
    result.status = 200;
    result.message = QStringLiteral("Success.");
    result.elapsedMs = 45;
    view.showResult(result);
    QCOMPARE(view.headline(), QStringLiteral("Accepted (HTTP 200)"));
    QVERIFY(view.details().contains(QStringLiteral("Service message: Success.")));
    QVERIFY(view.details().contains(QStringLiteral("45 ms")));
    QVERIFY(view.details().contains(QStringLiteral("not that it has been applied yet")));
}

void tst_ResultView::rejectedShowsTheServiceMessage()
{
    ResultView view;
    ApiResult result;
    result.status = 401;
    result.message = QStringLiteral("Unauthorized");
    result.error = QStringLiteral("The service rejected the credential (401 Unauthorized).");
    view.showResult(result);
    QCOMPARE(view.headline(), QStringLiteral("Rejected (HTTP 401)"));
    QVERIFY(view.details().contains(QStringLiteral("Service message: Unauthorized")));
    QVERIFY(view.details().contains(result.error));
    QVERIFY(!view.details().contains(QStringLiteral("applied")));
}

void tst_ResultView::networkFailureShowsTheReason()
{
    ResultView view;
    ApiResult result;
    result.error = QStringLiteral("127.0.0.1 refused the connection. Check the workspace's base URL.");
    result.elapsedMs = 3;
    view.showResult(result);
    QCOMPARE(view.headline(), QStringLiteral("Failed: no answer"));
    QVERIFY(view.details().contains(result.error));
}

void tst_ResultView::htmlErrorBodyIsShownShortened()
{
    ResultView view;
    ApiResult result;
    result.status = 502;
    result.body = "<html><body>Bad gateway " + QByteArray(1000, 'x') + "</body></html>";
    view.showResult(result);
    QCOMPARE(view.headline(), QStringLiteral("Failed (HTTP 502)"));
    QVERIFY(view.details().contains(QStringLiteral("The service answered without a message: <html><body>Bad gateway")));
    QVERIFY(view.details().size() < 600);
}

void tst_ResultView::notSent()
{
    ResultView view;
    ApiResult result;
    result.sent = false;
    result.error = QStringLiteral("The CA certificate file /x.pem holds no PEM certificate.");
    view.showResult(result);
    QCOMPARE(view.headline(), QStringLiteral("Not sent"));
    QCOMPARE(view.details(), result.error);
}

void tst_ResultView::pendingThenCleared()
{
    ResultView view;
    view.showPending(QStringLiteral("Identify"));
    QCOMPARE(view.headline(), QStringLiteral("Sending Identify…"));
    view.clear();
    QCOMPARE(view.headline(), QStringLiteral("Nothing sent yet from this form."));
    QVERIFY(view.details().isEmpty());
}

void tst_ResultView::earlierResultIsMarked()
{
    ResultView view;
    view.markEarlier(QStringLiteral("Production")); // nothing shown, nothing to mark
    QCOMPARE(view.headline(), QStringLiteral("Nothing sent yet from this form."));
    ApiResult result;
    result.status = 503;
    view.showResult(result);
    const QString headline = view.headline();
    view.markEarlier(QStringLiteral("Production"));
    QCOMPARE(view.headline(), QStringLiteral("Earlier request, to Production: ") + headline);
    QVERIFY(view.isEarlier());
    view.markEarlier(QStringLiteral("Production")); // once
    QCOMPARE(view.headline(), QStringLiteral("Earlier request, to Production: ") + headline);
    view.showResult(result);
    QVERIFY(!view.isEarlier());
}

void tst_ResultView::noAnswerAfterSendingMayHaveBeenApplied()
{
    ResultView view;
    ApiResult timedOut;
    timedOut.status = 0;
    timedOut.mayHaveArrived = true;
    timedOut.error = QStringLiteral("No answer from api.getvero.com within 30 seconds.");
    view.showResult(timedOut);
    QCOMPARE(view.headline(), QStringLiteral("Outcome unknown: no answer"));
    QVERIFY(view.details().contains(QStringLiteral("may have reached Vero and been applied")));
    ApiResult cancelled = timedOut;
    cancelled.cancelled = true;
    view.showResult(cancelled);
    QCOMPARE(view.headline(), QStringLiteral("Cancelled while waiting for the answer"));
    ApiResult refused;
    refused.status = 0;
    refused.error = QStringLiteral("api.getvero.com refused the connection.");
    view.showResult(refused);
    QVERIFY(!view.details().contains(QStringLiteral("may have reached")));
}

QTEST_MAIN(tst_ResultView)
#include "tst_ResultView.moc"
