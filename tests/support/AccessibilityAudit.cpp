#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>

bool AccessibilityAudit::isInput(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)
           || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
           || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QAbstractButton*>(widget)
           || qobject_cast<const QAbstractItemView*>(widget)
           || (qobject_cast<const QAbstractSlider*>(widget) && !qobject_cast<const QScrollBar*>(widget));
}

bool AccessibilityAudit::isInternal(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_"))) {
        return true;
    }
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
            || qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QAbstractItemView*>(parent)
            || qobject_cast<const QTabBar*>(parent)) {
            return true;
        }
    }
    return false;
}

QString AccessibilityAudit::description(const QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(widget));
    return accessible ? accessible->text(QAccessible::Description) : widget->accessibleDescription();
}

AccessibilityAudit::Result AccessibilityAudit::run(const QWidget* root, Check check)
{
    Result result;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isInput(widget) || isInternal(widget)) {
            continue;
        }
        ++result.inputsChecked;
        QString path;
        for (const QObject* object = widget; object && object != root; object = object->parent()) {
            path.prepend(QLatin1Char('/') + object->objectName());
        }
        const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), path);
        if (widget->objectName().isEmpty()) {
            result.problems.append(what + QStringLiteral(": no objectName"));
        }
        if (widget->accessibleName().trimmed().isEmpty()) {
            result.problems.append(what + QStringLiteral(": no accessibleName"));
        }
        if (check == Check::NamesAndDescriptions && description(widget).trimmed().isEmpty()) {
            result.problems.append(what + QStringLiteral(": no accessibleDescription"));
        }
    }
    return result;
}

QString AccessibilityAudit::report(const QWidget* root, Check check)
{
    const Result result = run(root, check);
    if (result.inputsChecked == 0) {
        return QStringLiteral("no input widgets found at all under %1").arg(root->objectName());
    }
    return result.problems.join(QLatin1Char('\n'));
}
