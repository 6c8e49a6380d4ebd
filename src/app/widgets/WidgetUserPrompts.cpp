#include "app/widgets/WidgetUserPrompts.h"

#include "app/widgets/DeleteConfirmationDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace {

QString informativeText(const UserPrompts::Confirmation& confirmation)
{
    QStringList parts;
    for (const QString& part : {confirmation.consequences, confirmation.details}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

// The suffixes a name filter offers: "CSV files (*.csv *.txt)" gives csv and txt.
QStringList suffixesOf(const QString& nameFilter)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\*\.([A-Za-z0-9]+))"));
    QStringList suffixes;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(nameFilter)) {
        suffixes.append(match.captured(1).toLower());
    }
    return suffixes;
}

} // namespace

bool WidgetUserPrompts::confirm(QWidget* parent, const Confirmation& confirmation)
{
    if (!confirmation.typeToConfirm.isEmpty()) {
        DeleteConfirmationDialog dialog(confirmation, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    QMessageBox box(confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question,
                    confirmation.title,
                    confirmation.question,
                    QMessageBox::NoButton,
                    parent);
    box.setInformativeText(informativeText(confirmation));
    QAbstractButton* yes = nullptr;
    if (confirmation.acceptLabel.isEmpty()) {
        yes = box.addButton(QMessageBox::Yes);
        box.setDefaultButton(box.addButton(QMessageBox::No));
    } else {
        yes = box.addButton(confirmation.acceptLabel,
                            confirmation.destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    }
    yes->setObjectName(QStringLiteral("acceptButton"));
    yes->setAccessibleName(confirmation.acceptAccessibleName.isEmpty() ? yes->text()
                                                                       : confirmation.acceptAccessibleName);
    box.exec();
    return box.clickedButton() == yes;
}

int WidgetUserPrompts::choose(QWidget* parent, const Choice& choice)
{
    Q_ASSERT(choice.cancelOption >= 0 && choice.cancelOption < choice.options.size());
    QMessageBox box(choice.destructiveOption >= 0 ? QMessageBox::Warning : QMessageBox::Question,
                    choice.title,
                    choice.question,
                    QMessageBox::NoButton,
                    parent);
    QList<QPushButton*> buttons;
    for (int i = 0; i < choice.options.size(); ++i) {
        const QMessageBox::ButtonRole role = i == choice.cancelOption        ? QMessageBox::RejectRole
                                             : i == choice.destructiveOption ? QMessageBox::DestructiveRole
                                                                             : QMessageBox::AcceptRole;
        QPushButton* button = box.addButton(choice.options.at(i), role);
        button->setObjectName(QStringLiteral("option%1Button").arg(i + 1));
        buttons.append(button);
    }
    box.setDefaultButton(buttons.value(choice.defaultOption));
    box.setEscapeButton(buttons.value(choice.cancelOption));
    box.exec();
    const qsizetype chosen = buttons.indexOf(box.clickedButton());
    return chosen >= 0 ? int(chosen) : choice.cancelOption;
}

QString WidgetUserPrompts::saveFileName(QWidget* parent, const FileRequest& request)
{
    QString selected = request.nameFilters.value(0);
    const QString fileName = QFileDialog::getSaveFileName(
        parent, request.title, request.suggestedPath, request.nameFilters.join(QStringLiteral(";;")), &selected);
    return fileName.isEmpty() ? fileName : withSuffixOfFilter(fileName, request.nameFilters, selected);
}

QString WidgetUserPrompts::withSuffixOfFilter(const QString& fileName,
                                              const QStringList& nameFilters,
                                              const QString& chosenFilter)
{
    QStringList known;
    for (const QString& filter : nameFilters) {
        known += suffixesOf(filter);
    }
    const QStringList chosen = suffixesOf(chosenFilter);
    if (chosen.isEmpty() || known.contains(QFileInfo(fileName).suffix().toLower())) {
        return fileName;
    }
    return fileName + QLatin1Char('.') + chosen.constFirst();
}

QString WidgetUserPrompts::openFileName(QWidget* parent, const FileRequest& request)
{
    return QFileDialog::getOpenFileName(
        parent, request.title, request.suggestedPath, request.nameFilters.join(QStringLiteral(";;")));
}
