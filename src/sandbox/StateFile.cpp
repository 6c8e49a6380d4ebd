#include "sandbox/StateFile.h"

#include "sandbox/SandboxState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StateFile", text);
}
} // namespace

Fallible<void> StateFile::load(SandboxState& state) const
{
    QFile file(m_path);
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Fallible<void>::failure(tr("Cannot read the state file %1: %2.").arg(m_path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Fallible<void>::failure(tr("The state file %1 is not valid JSON (%2 at byte %3).")
                                           .arg(m_path, parseError.errorString())
                                           .arg(parseError.offset));
    }
    QString reason;
    if (!state.loadJson(document.object(), &reason)) {
        return Fallible<void>::failure(tr("The state file %1 cannot be used: %2.").arg(m_path, reason));
    }
    return {};
}

Fallible<void> StateFile::save(const SandboxState& state) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Fallible<void>::failure(tr("Cannot create the folder %1 for the state file.").arg(info.absolutePath()));
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Fallible<void>::failure(tr("Cannot write the state file %1: %2").arg(m_path, file.errorString()));
    }
    // QSaveFile remembers a failed write: commit() then fails and the old file stays.
    file.write(QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Fallible<void>::failure(tr("Cannot write the state file %1: %2").arg(m_path, file.errorString()));
    }
    return {};
}

Fallible<QString> StateFile::moveAside() const
{
    const QString stem = m_path + QStringLiteral(".broken-")
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = stem;
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = stem + QLatin1Char('-') + QString::number(n);
    }
    QFile file(m_path);
    if (!file.rename(target)) {
        return Fallible<QString>::failure(file.errorString());
    }
    return target;
}
