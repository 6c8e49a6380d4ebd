#pragma once

#include "app/widgets/UserPrompts.h"

#include <QList>
#include <QString>
#include <QStringList>

// The app's questions answered from a script: a test queues the answers it expects to give, in order, runs the
// code that asks, and then checks what was asked (the wording must name what is affected and where). A question
// with no answer queued, or with an answer of another kind, fails the running test loudly and gets the safe
// answer (no, cancel, no file); so does a choice whose queued label is not among the buttons.
class ScriptedUserPrompts : public UserPrompts
{
public:
    enum class Kind
    {
        Confirm,
        Choose,
        SaveFileName,
        OpenFileName,
    };

    // One question as it was asked.
    struct Question
    {
        Kind kind = Kind::Confirm;
        QString title;
        QString text; // the question, then consequences and details, one per line
        QStringList options;
        int defaultOption = -1;
        int destructiveOption = -1;
        bool destructive = false;
        QString acceptLabel;
        QString typeToConfirm;
        QString suggestedPath;
        QStringList nameFilters;
    };

    void answerConfirm(bool yes);
    // Answers the next choice with the button labelled `option`.
    void answerChoice(const QString& option);
    // An empty name answers as a cancelled dialog does.
    void answerSaveFileName(const QString& fileName);
    void answerOpenFileName(const QString& fileName);

    QList<Question> asked() const { return m_asked; }
    Question lastAsked() const { return m_asked.value(m_asked.size() - 1); }
    // Answers queued and not asked for yet: a test that queued one expected a question that never came.
    qsizetype unusedAnswers() const { return m_answers.size(); }
    void clear();

    [[nodiscard]] bool confirm(QWidget* parent, const Confirmation& confirmation) override;
    [[nodiscard]] int choose(QWidget* parent, const Choice& choice) override;
    [[nodiscard]] QString saveFileName(QWidget* parent, const FileRequest& request) override;
    [[nodiscard]] QString openFileName(QWidget* parent, const FileRequest& request) override;

private:
    struct Answer
    {
        Kind kind = Kind::Confirm;
        bool yes = false;
        QString text; // the option's label, or the file name
    };

    // The queued answer for `question`, after recording it; nothing (and a test failure) when none fits.
    const Answer* take(const Question& question);
    // Both file dialogs: recorded the same way, answered with the queued name.
    QString fileName(Kind kind, const FileRequest& request);

    QList<Question> m_asked;
    QList<Answer> m_answers;
    Answer m_current;
};
