#include "core/api/ApiResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

ApiResult::Outcome ApiResult::outcome() const
{
    if (!sent) {
        return Outcome::NotSent;
    }
    if (damaged) {
        return Outcome::Failed;
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
    if (!message.isString()) {
        return {};
    }
    QString text = message.toString();
    if (text.size() > MaxMessageLength) {
        qsizetype end = MaxMessageLength;
        if (text.at(end - 1).isHighSurrogate()) {
            --end; // never half a character
        }
        text = text.left(end) + QStringLiteral("\u2026");
    }
    return text;
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
    // One arg() call: the service's message is data, and a "%2" in it must stay "%2".
    return QCoreApplication::translate("ApiResult", "%1 (%2 ms)").arg(text, QString::number(elapsedMs));
}

QString ApiResult::bodyCutNotice() const
{
    if (!bodyCut) {
        return {};
    }
    return QCoreApplication::translate("ApiResult",
                                       "The answer was longer than %1 MiB; only its first %1 MiB were read, the rest "
                                       "was not received.")
        .arg(MaxBodyBytes / (1024 * 1024));
}

QString ApiResult::headerText(const QList<Header>& headers)
{
    QStringList lines;
    lines.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    }
    return lines.join(QLatin1Char('\n'));
}
