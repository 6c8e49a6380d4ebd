#include "sandbox/SandboxRequest.h"

QUrl SandboxRequest::url() const
{
    // Origin-form ("/path?query") is split by hand: QUrl would read a target such as "//x/y" as a host.
    QByteArray path = target;
    QByteArray query;
    if (!target.startsWith('/')) {
        const QUrl absolute = QUrl::fromEncoded(target); // absolute-form, as sent to proxies
        path = absolute.path(QUrl::FullyEncoded).toLatin1();
        query = absolute.query(QUrl::FullyEncoded).toLatin1();
    } else if (const qsizetype mark = target.indexOf('?'); mark >= 0) {
        path = target.left(mark);
        query = target.mid(mark + 1);
    }
    QUrl url;
    url.setPath(QString::fromUtf8(path), QUrl::TolerantMode);
    if (!query.isNull()) {
        url.setQuery(QString::fromUtf8(query), QUrl::TolerantMode);
    }
    return url;
}

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QList<QByteArray> SandboxRequest::headerValues(const QByteArray& name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            values.append(value);
        }
    }
    return values;
}
