#include "core/api/ApiResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

ApiResult::Outcome ApiResult::outcome() const
{
    if (!sent) {
        return Outcome::NotSent;
    }
    if (status >= 200 && status < 300) {
        return Outcome::Accepted;
    }
    if (status >= 400 && status < 500) {
        return Outcome::Rejected;
    }
    return Outcome::Failed;
}

QString ApiResult::messageFromBody(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return {};
    }
    const QJsonValue message = document.object().value(QLatin1String("message"));
    return message.isString() ? message.toString() : QString();
}

QString ApiResult::summary() const
{
    if (!sent) {
        return error;
    }
    QString text;
    if (status > 0) {
        text = QString::number(status);
        if (!message.isEmpty()) {
            text += QLatin1Char(' ') + message;
        }
    }
    if (!error.isEmpty()) {
        text += text.isEmpty() ? error : QStringLiteral(" — ") + error;
    }
    return QCoreApplication::translate("ApiResult", "%1 (%2 ms)").arg(text).arg(elapsedMs);
}
