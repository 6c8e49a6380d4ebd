#pragma once

#include "core/api/Workspace.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// Every question the app asks the user goes through this one interface: yes or no, one of several labelled
// choices, a file to save, a file to open. The app creates one WidgetUserPrompts (message boxes, file dialogs,
// DeleteConfirmationDialog) and hands it to the widgets that ask; tests hand them a ScriptedUserPrompts with the
// answers queued, so no modal dialog ever blocks a test and every question asked can be checked for its wording.
class UserPrompts
{
public:
    // A yes-or-no question. No (or Cancel) is always the default answer.
    struct Confirmation
    {
        QString title;
        QString question;     // names what is affected and where
        QString consequences; // what a yes cannot take back; shown as a warning
        QString details;      // anything else to know before answering
        // The button that says yes ("Clear history"); with none, the answers are Yes and No.
        QString acceptLabel;
        QString acceptAccessibleName;
        bool destructive = false; // a yes destroys something: its button is styled as destructive
        // Not empty: yes is possible only once this text is typed back exactly (a deletion).
        QString typeToConfirm;
        QString typeToConfirmLabel; // "To confirm, type the user id (u-42):"
        // Where it happens: a production workspace is marked the way the main window's banner marks it.
        std::optional<Workspace> workspace;
    };

    // One of several labelled buttons.
    struct Choice
    {
        QString title;
        QString question;
        QStringList options;        // the buttons' labels, in order
        int defaultOption = 0;      // what Enter answers
        int destructiveOption = -1; // styled as destructive; -1 for none
        int cancelOption = -1;      // what Escape and closing the question answer; must be one of the options
    };

    // A file dialog.
    struct FileRequest
    {
        QString title;
        QString suggestedPath;   // a file (save) or where to start looking (open)
        QStringList nameFilters; // "CSV files (*.csv)"; the first one is selected
    };

    virtual ~UserPrompts() = default;

    // True for yes.
    [[nodiscard]] virtual bool confirm(QWidget* parent, const Confirmation& confirmation) = 0;
    // The index in `choice.options` of the answer.
    [[nodiscard]] virtual int choose(QWidget* parent, const Choice& choice) = 0;
    // The file to write, empty when cancelled. A name without the suffix of any filter gets the chosen filter's.
    [[nodiscard]] virtual QString saveFileName(QWidget* parent, const FileRequest& request) = 0;
    // The file to read, empty when cancelled.
    [[nodiscard]] virtual QString openFileName(QWidget* parent, const FileRequest& request) = 0;
};
