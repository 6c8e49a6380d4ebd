#include "app/shell/KeyboardShortcutsDialog.h"

#include "ui_KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>

#include <algorithm>

namespace {

// "&Send" and "Send…" read as "Send" in a list.
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

// Where a shortcut of `widget` (the one it is on) works, in words.
QString placeOf(const QWidget* widget, Qt::ShortcutContext context)
{
    if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut || !widget) {
        return KeyboardShortcutsDialog::tr("anywhere");
    }
    for (const QWidget* ancestor = widget; ancestor; ancestor = ancestor->parentWidget()) {
        if (const auto* dock = qobject_cast<const QDockWidget*>(ancestor)) {
            return KeyboardShortcutsDialog::tr("in %1").arg(plainText(dock->windowTitle()));
        }
    }
    const QString name = widget->accessibleName();
    return name.isEmpty() ? KeyboardShortcutsDialog::tr("where the focus is")
                          : KeyboardShortcutsDialog::tr("in %1").arg(name);
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::KeyboardShortcutsDialog)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Returns to the main window"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QList<Entry> entries = entriesOf(window);
    QTableWidget* table = m_ui->shortcutsTable;
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Entry& entry = entries.at(row);
        int column = 0;
        for (const QString& text : {entry.keys, entry.what, entry.where}) {
            table->setItem(row, column++, new QTableWidgetItem(text));
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

KeyboardShortcutsDialog::~KeyboardShortcutsDialog()
{
    delete m_ui;
}

QList<KeyboardShortcutsDialog::Entry> KeyboardShortcutsDialog::entriesOf(QWidget* window)
{
    QList<Entry> entries;
    QSet<const QObject*> seen;
    const auto add = [&](const QObject* source,
                         const QList<QKeySequence>& keys,
                         const QString& what,
                         const QWidget* on,
                         Qt::ShortcutContext context) {
        if (seen.contains(source)) {
            return;
        }
        QStringList texts;
        for (const QKeySequence& key : keys) {
            if (!key.isEmpty()) {
                texts.append(key.toString(QKeySequence::NativeText));
            }
        }
        if (!texts.isEmpty()) {
            seen.insert(source);
            entries.append({texts.join(tr(" or ")), plainText(what), placeOf(on, context)});
        }
    };
    // An action's shortcut works where the widgets it was added to are; the window's own work everywhere.
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* widget : std::as_const(widgets)) {
        for (QAction* action : widget->actions()) {
            add(action, action->shortcuts(), action->text(), widget, action->shortcutContext());
        }
    }
    for (QAction* action : window->findChildren<QAction*>()) {
        add(action, action->shortcuts(), action->text(), window, action->shortcutContext());
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        const QString what = shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis();
        add(shortcut, shortcut->keys(), what, qobject_cast<QWidget*>(shortcut->parent()), shortcut->context());
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.where == b.where ? a.what.localeAwareCompare(b.what) < 0 : a.where < b.where;
    });
    return entries;
}
