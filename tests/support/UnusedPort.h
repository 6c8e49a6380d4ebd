#pragma once

#include <QUrl>
#include <QtGlobal>

// A loopback port nothing listens on (bound, read and closed again), for "connection refused" cases.
namespace UnusedPort {
quint16 take();
// http://127.0.0.1:<unused port>/api/v2
QUrl baseUrl();
} // namespace UnusedPort
