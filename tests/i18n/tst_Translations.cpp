#include "VeroRequire.h"
#include "core/platform/Translations.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>

// Qt's own strings follow the user's language too: the standard buttons of every dialog come from Qt's catalogue
// (qtbase_<lang>.qm in Qt's translations folder, Debian's qt6-translations-l10n), which Translations installs
// beside Vero Admin's.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void standardButtonsInTheUsersLanguage_data();
    void standardButtonsInTheUsersLanguage();
    void appCatalogueLoaded();
};

void tst_Translations::standardButtonsInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("close");
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("Abbrechen") << QStringLiteral("Schließen");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("Annuler") << QStringLiteral("Fermer");
    QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("Cancelar") << QStringLiteral("Cerrar");
}

void tst_Translations::standardButtonsInTheUsersLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, cancel);
    QFETCH(QString, close);
    const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_")
                                + locale.left(2) + QStringLiteral(".qm");
    VERO_REQUIRE(QFileInfo::exists(qtCatalogue), qtCatalogue + QStringLiteral(" (Debian's qt6-translations-l10n)"));

    const Translations translations {QLocale(locale), QStringLiteral(VERO_QM_DIR)};
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text().remove(u'&'), close);
}

void tst_Translations::appCatalogueLoaded()
{
    const Translations translations {QLocale(QStringLiteral("de_DE")), QStringLiteral(VERO_QM_DIR)};
    QVERIFY(translations.loaded());
}

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
