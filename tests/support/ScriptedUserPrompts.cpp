#include "ScriptedUserPrompts.h"

#include <QTest>

namespace {

QString kindName(ScriptedUserPrompts::Kind kind)
{
    switch (kind) {
        case ScriptedUserPrompts::Kind::Confirm:
            return QStringLiteral("a yes/no question");
        case ScriptedUserPrompts::Kind::Choose:
            return QStringLiteral("a choice");
        case ScriptedUserPrompts::Kind::SaveFileName:
            return QStringLiteral("a save-file dialog");
        case ScriptedUserPrompts::Kind::OpenFileName:
            return QStringLiteral("an open-file dialog");
    }
    return {};
}

void failLoudly(const QString& message)
{
    qWarning("ScriptedUserPrompts: %s", qPrintable(message));
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
}

QString joined(const QStringList& parts)
{
    QStringList nonEmpty;
    for (const QString& part : parts) {
        if (!part.isEmpty()) {
            nonEmpty.append(part);
        }
    }
    return nonEmpty.join(QLatin1Char('\n'));
}

} // namespace

void ScriptedUserPrompts::answerConfirm(bool yes)
{
    m_answers.append({Kind::Confirm, yes, QString()});
}

void ScriptedUserPrompts::answerChoice(const QString& option)
{
    m_answers.append({Kind::Choose, false, option});
}

void ScriptedUserPrompts::answerSaveFileName(const QString& fileName)
{
    m_answers.append({Kind::SaveFileName, false, fileName});
}

void ScriptedUserPrompts::answerOpenFileName(const QString& fileName)
{
    m_answers.append({Kind::OpenFileName, false, fileName});
}

void ScriptedUserPrompts::clear()
{
    m_asked.clear();
    m_answers.clear();
}

const ScriptedUserPrompts::Answer* ScriptedUserPrompts::take(const Question& question)
{
    m_asked.append(question);
    if (m_answers.isEmpty()) {
        failLoudly(
            QStringLiteral("%1 was asked with no answer queued: \"%2\"").arg(kindName(question.kind), question.text));
        return nullptr;
    }
    if (m_answers.constFirst().kind != question.kind) {
        failLoudly(QStringLiteral("%1 was asked while the next answer queued is for %2: \"%3\"")
                       .arg(kindName(question.kind), kindName(m_answers.constFirst().kind), question.text));
        return nullptr;
    }
    m_current = m_answers.takeFirst();
    return &m_current;
}

bool ScriptedUserPrompts::confirm(QWidget* parent, const Confirmation& confirmation)
{
    Q_UNUSED(parent);
    Question question;
    question.kind = Kind::Confirm;
    question.title = confirmation.title;
    question.text = joined({confirmation.question, confirmation.consequences, confirmation.details});
    question.destructive = confirmation.destructive;
    question.acceptLabel = confirmation.acceptLabel;
    question.typeToConfirm = confirmation.typeToConfirm;
    const Answer* answer = take(question);
    return answer && answer->yes;
}

int ScriptedUserPrompts::choose(QWidget* parent, const Choice& choice)
{
    Q_UNUSED(parent);
    Question question;
    question.kind = Kind::Choose;
    question.title = choice.title;
    question.text = choice.question;
    question.options = choice.options;
    question.defaultOption = choice.defaultOption;
    question.destructiveOption = choice.destructiveOption;
    const Answer* answer = take(question);
    if (!answer) {
        return choice.cancelOption;
    }
    const qsizetype index = choice.options.indexOf(answer->text);
    if (index < 0) {
        failLoudly(QStringLiteral("the answer \"%1\" is not among the choices offered (%2) for \"%3\"")
                       .arg(answer->text, choice.options.join(QStringLiteral(", ")), choice.question));
        return choice.cancelOption;
    }
    return int(index);
}

QString ScriptedUserPrompts::saveFileName(QWidget* parent, const FileRequest& request)
{
    Q_UNUSED(parent);
    return fileName(Kind::SaveFileName, request);
}

QString ScriptedUserPrompts::openFileName(QWidget* parent, const FileRequest& request)
{
    Q_UNUSED(parent);
    return fileName(Kind::OpenFileName, request);
}

QString ScriptedUserPrompts::fileName(Kind kind, const FileRequest& request)
{
    Question question;
    question.kind = kind;
    question.title = request.title;
    question.text = request.title;
    question.suggestedPath = request.suggestedPath;
    question.nameFilters = request.nameFilters;
    const Answer* answer = take(question);
    return answer ? answer->text : QString();
}
