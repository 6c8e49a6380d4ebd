#pragma once

#include "app/widgets/UserPrompts.h"

// The app's questions as the user sees them: QMessageBox for yes/no and choices, DeleteConfirmationDialog when
// the answer must be typed, QFileDialog for files. Each call waits for the answer (exec()).
class WidgetUserPrompts : public UserPrompts
{
public:
    [[nodiscard]] bool confirm(QWidget* parent, const Confirmation& confirmation) override;
    [[nodiscard]] int choose(QWidget* parent, const Choice& choice) override;
    [[nodiscard]] QString saveFileName(QWidget* parent, const FileRequest& request) override;
    [[nodiscard]] QString openFileName(QWidget* parent, const FileRequest& request) override;

    // `fileName` with the first suffix of `chosenFilter` ("JSON files (*.json)") added, unless it already ends
    // in a suffix one of `nameFilters` offers.
    static QString
    withSuffixOfFilter(const QString& fileName, const QStringList& nameFilters, const QString& chosenFilter);
};
