#include "sandbox/StateFile.h"

#include "sandbox/SandboxState.h"

#include <QCoreApplication>
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

bool StateFile::load(SandboxState& state, QString* error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The state file %1 is not valid JSON (%2 at byte %3). It was left untouched; move it away "
                    "to start with an empty sandbox.")
                     .arg(m_path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    QString reason;
    if (!state.loadJson(document.object(), &reason)) {
        *error = tr("The state file %1 cannot be used: %2. It was left untouched.").arg(m_path, reason);
        return false;
    }
    return true;
}

bool StateFile::save(const SandboxState& state, QString* error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1 for the state file.").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}
