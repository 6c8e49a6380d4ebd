#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP answer, as a value: built by the API handlers, written by SandboxServer (now or after --latency).
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString message; // the "message" of a {status, message} body, for the log

    static SandboxReply json(int status, const QJsonObject& object)
    {
        SandboxReply reply;
        reply.status = status;
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        reply.message = object.value(QLatin1String("message")).toString();
        return reply;
    }

    // The service's own answer, byte for byte: {"status":200,"message":"Success."} (docs/vero-api.md,
    // "Responses"). Written by hand because QJsonObject would sort "message" before "status".
    static SandboxReply statusMessage(int status, const QString& message)
    {
        SandboxReply reply;
        reply.status = status;
        reply.message = message;
        const QByteArray quoted = QJsonDocument(QJsonArray {message}).toJson(QJsonDocument::Compact);
        reply.body
            = "{\"status\":" + QByteArray::number(status) + ",\"message\":" + quoted.mid(1, quoted.size() - 2) + '}';
        return reply;
    }
};
