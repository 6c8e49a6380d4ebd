#pragma once

#include <QMenu>

class QActionGroup;

// View > Language: the system's language or one of the catalogues'. The choice is stored at once and applies
// on the next start (every window would otherwise have to rebuild its texts); changed() carries the note that
// says so, for the window's status bar.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

signals:
    void changed(const QString& note);

private:
    void choose(const QString& code);

    QActionGroup* m_group = nullptr;
};
