#pragma once

#include <QStringList>

class QWidget;

// What screen readers and tests need of every input a user can reach: an objectName (for tests and automation)
// and a non-empty accessible name, and, where asked, a description (what a screen reader says after the name: the
// accessible description, or the tool tip Qt falls back to). Runs over any widget tree; Qt's own parts of a composite
// widget (a spin box's line edit, a view's viewport, a tab bar's scroll buttons) are named by their owner and left out.
class AccessibilityAudit
{
public:
    struct Result
    {
        int inputsChecked = 0;
        QStringList problems; // "QLineEdit /form/userIdEdit: no accessibleName"
    };

    enum class Check
    {
        Names,
        NamesAndDescriptions,
    };

    static Result run(const QWidget* root, Check check = Check::Names);
    // The same, as one message for QVERIFY2; empty when there is nothing to report. No input at all is a problem
    // too: the walk found nothing to check.
    static QString report(const QWidget* root, Check check = Check::Names);
    // What a screen reader reads as the widget's description.
    static QString description(const QWidget* widget);

    static bool isInput(const QWidget* widget);
    static bool isInternal(const QWidget* widget);
};
