#include "core/api/CredentialText.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CredentialText", text);
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == QChar(0x85) || c == QChar(0x2028)
           || c == QChar(0x2029);
}
} // namespace

QString CredentialText::problem(const QString& credential)
{
    if (credential.isEmpty()) {
        return tr("The credential is empty.");
    }
    if (credential.size() > MaxLength) {
        return tr("The credential is longer than %1 characters.").arg(MaxLength);
    }
    if (!credential.isValidUtf16()) {
        return tr("The credential is not valid text.");
    }
    for (qsizetype i = 0; i < credential.size(); ++i) {
        const QChar c = credential.at(i);
        const QString position = QString::number(i + 1);
        if (isLineBreak(c)) {
            return tr("The credential holds a line break (character %1): it looks like more than one line was "
                      "pasted.")
                .arg(position);
        }
        if (c.category() == QChar::Other_Control) {
            return tr("The credential holds a control character (character %1).").arg(position);
        }
        if (c.isSpace()) {
            return tr("The credential holds a space (character %1).").arg(position);
        }
        if (c.category() == QChar::Other_Format) {
            return tr("The credential holds an invisible formatting character (character %1).").arg(position);
        }
        if (c == QChar::ReplacementCharacter) {
            return tr("The credential holds a byte sequence that is not UTF-8 text (character %1).").arg(position);
        }
    }
    return {};
}
