#include "app/settings/LanguageMenu.h"

#include "core/platform/LanguageSetting.h"

#include <QActionGroup>

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = LanguageSetting::chosen();
    const auto add = [this, &current](const QString& code, const QString& text) {
        QAction* action = addAction(text);
        action->setObjectName(code.isEmpty() ? QStringLiteral("languageSystemAction")
                                             : QStringLiteral("language_%1_Action").arg(code));
        action->setCheckable(true);
        action->setChecked(code == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("&System language"));
    addSeparator();
    for (const QString& code : LanguageSetting::available()) {
        add(code, LanguageSetting::nativeName(code));
    }
}

void LanguageMenu::choose(const QString& code)
{
    LanguageSetting::choose(code);
    const QString language = code.isEmpty() ? tr("the system language") : LanguageSetting::nativeName(code);
    emit changed(tr("Vero Admin will use %1 the next time it starts.").arg(language));
}
