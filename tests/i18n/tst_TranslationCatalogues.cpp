#include <algorithm>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<Message> readCatalogue(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"TS" || xml.name() == u"context") {
            continue; // descend
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    message.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            message.translations << xml.readElementText();
                        }
                    } else {
                        message.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << message;
        } else {
            xml.skipCurrentElement();
        }
    }
    return messages;
}

QString catalogue(const QString& language)
{
    return QStringLiteral(VERO_TS_DIR "/vero-admin_%1.ts").arg(language);
}

QStringList keys(const QList<Message>& messages)
{
    QStringList result;
    for (const Message& message : messages) {
        result << message.key();
    }
    result.sort();
    return result;
}

// %1..%99 and %n, with or without L (the locale's digits), sorted, so a translation may reorder them but not
// drop, add or unlocalise one.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    return found;
}

QStringList htmlTags(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    QStringList found;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        found << it.next().captured().toLower();
    }
    found.sort();
    return found;
}

// A mnemonic: "&" before a letter, not "&&" (a literal ampersand).
bool hasMnemonic(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    return mnemonic.match(text).hasMatch();
}

} // namespace

// Every catalogue against what lupdate finds in the sources, and every translation checked for what a
// translator can break: unfinished entries, plural forms, placeholders, mnemonics, markup.
class tst_TranslationCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void upToDateWithSources_data();
    void upToDateWithSources();
    void complete_data();
    void complete();
    void frenchPunctuationSpaced();
    void frenchTypography();
    void numerusFormsFilled_data();
    void numerusFormsFilled();
};

void tst_TranslationCatalogues::upToDateWithSources_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "de", "fr", "es"}) {
        QTest::newRow(language) << QString::fromLatin1(language);
    }
}

// lupdate into a copy: a message it adds is a new string nobody translated, one it drops is gone from the code.
void tst_TranslationCatalogues::upToDateWithSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY2(QFile::copy(catalogue(language), copy), qPrintable(catalogue(language) + QStringLiteral(" is missing")));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(VERO_LUPDATE),
                  {QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"),
                   QStringLiteral("none"),
                   // As the update_translations target: the headers found, so a class's tr context is known.
                   QStringLiteral("-I"),
                   QStringLiteral(VERO_SOURCE_INCLUDE),
                   QStringLiteral("@" VERO_TRANSLATION_SOURCES),
                   QStringLiteral("-ts"),
                   copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    const QStringList committed = keys(readCatalogue(catalogue(language)));
    const QStringList current = keys(readCatalogue(copy));
    QVERIFY(!current.isEmpty());
    QStringList added;
    QStringList removed;
    for (const QString& key : current) {
        if (!committed.contains(key)) {
            added << QString(key).replace(u'\x1f', QStringLiteral(" | "));
        }
    }
    for (const QString& key : committed) {
        if (!current.contains(key)) {
            removed << QString(key).replace(u'\x1f', QStringLiteral(" | "));
        }
    }
    QVERIFY2(added.isEmpty() && removed.isEmpty(),
             qPrintable(
                 QStringLiteral("run the update_translations target: new in the sources: %1; gone: %2")
                     .arg(added.mid(0, 10).join(QStringLiteral("; ")), removed.mid(0, 10).join(QStringLiteral("; ")))));
}

void tst_TranslationCatalogues::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    // Qt's plural rules: all three have one form for one (French also for zero) and one for the rest.
    // English carries only the plural forms ("1 request"); its other messages are the sources themselves.
    QTest::newRow("en") << QStringLiteral("en") << 2;
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("fr") << QStringLiteral("fr") << 2;
    QTest::newRow("es") << QStringLiteral("es") << 2;
}

void tst_TranslationCatalogues::complete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QList<Message> messages = readCatalogue(catalogue(language));
    QVERIFY2(!messages.isEmpty(), qPrintable(catalogue(language)));
    QStringList problems;
    const auto problem = [&problems](const Message& message, const QString& what) {
        problems << QStringLiteral("%1 \"%2\": %3").arg(message.context, message.source, what);
    };
    for (const Message& message : messages) {
        if (language == u"en" && !message.numerus) {
            continue;
        }
        if (message.unfinished) {
            problem(message, QStringLiteral("unfinished"));
            continue;
        }
        if (message.numerus && message.translations.size() != pluralForms) {
            problem(message,
                    QStringLiteral("%1 plural forms, not %2").arg(message.translations.size()).arg(pluralForms));
        }
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problem(message, QStringLiteral("empty"));
                continue;
            }
            // A plural form may leave out %n ("ein Request") but never a %1.
            QStringList expected = placeholders(message.source);
            QStringList found = placeholders(translation);
            if (message.numerus) {
                for (const QString& count : {QStringLiteral("%n"), QStringLiteral("%Ln")}) {
                    expected.removeAll(count);
                    found.removeAll(count);
                }
            }
            if (expected != found) {
                problem(message, QStringLiteral("placeholders %1 in \"%2\"").arg(found.join(u' '), translation));
            }
            if (hasMnemonic(message.source) != hasMnemonic(translation)) {
                problem(message, QStringLiteral("mnemonic (&) in \"%1\"").arg(translation));
            }
            if (htmlTags(message.source) != htmlTags(translation)) {
                problem(message, QStringLiteral("HTML tags in \"%1\"").arg(translation));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, first: %2")
                            .arg(problems.size())
                            .arg(problems.mid(0, 15).join(QStringLiteral("\n")))));
}

// French puts a (narrow) no-break space before ? ! ; and :. Text quoted from the source stays as it is
// ("Authorization: Bearer TOKEN", {"plan": "pro"}), so a word that ends so in the source may end so here too.
void tst_TranslationCatalogues::frenchPunctuationSpaced()
{
    static const QRegularExpression unspaced(QStringLiteral("(\\S*[^\\s\\x{00a0}\\x{202f}%\\d])[?!;:](?=\\s|$)"));
    QStringList problems;
    for (const Message& message : readCatalogue(catalogue(QStringLiteral("fr")))) {
        for (const QString& translation : message.translations) {
            for (auto it = unspaced.globalMatch(translation); it.hasNext();) {
                const QString token = it.next().captured();
                if (!message.source.contains(token)) {
                    problems << QStringLiteral("\"%1\" in \"%2\"").arg(token, translation);
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 15).join(QStringLiteral("\n"))));
}

// One spacing throughout (translations/src/fr.tsv says it): a narrow no-break space (U+202F) before ; ! ?, a
// no-break space (U+00A0) before : and inside « ». An ordinary space there breaks the line before the sign; a mix
// of the two looks uneven on screen.
void tst_TranslationCatalogues::frenchTypography()
{
    struct Rule
    {
        QRegularExpression where;
        QChar space;
        const char* what;
    };
    const QList<Rule> rules = {
        {QRegularExpression(QStringLiteral("\\S([\\s\\x{00a0}\\x{202f}])[;!?]")), QChar(0x202f), "before ; ! ?"},
        {QRegularExpression(QStringLiteral("\\S([\\s\\x{00a0}\\x{202f}]):")), QChar(0x00a0), "before :"},
        {QRegularExpression(QStringLiteral("«([\\s\\x{00a0}\\x{202f}])")), QChar(0x00a0), "after «"},
        {QRegularExpression(QStringLiteral("([\\s\\x{00a0}\\x{202f}])»")), QChar(0x00a0), "before »"},
    };
    QStringList problems;
    int checked = 0;
    for (const Message& message : readCatalogue(catalogue(QStringLiteral("fr")))) {
        for (const QString& translation : message.translations) {
            for (const Rule& rule : rules) {
                for (auto it = rule.where.globalMatch(translation); it.hasNext();) {
                    const QRegularExpressionMatch match = it.next();
                    ++checked;
                    if (match.captured(1) != rule.space && !message.source.contains(match.captured())) {
                        problems << QStringLiteral("U+%1 %2, wanted U+%3: \"%4\"")
                                        .arg(match.captured(1).at(0).unicode(), 4, 16, QLatin1Char('0'))
                                        .arg(QLatin1String(rule.what))
                                        .arg(rule.space.unicode(), 4, 16, QLatin1Char('0'))
                                        .arg(translation);
                    }
                }
            }
        }
    }
    QVERIFY(checked > 0);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size()) + problems.mid(0, 15).join(u'\n')));
}

void tst_TranslationCatalogues::numerusFormsFilled_data()
{
    complete_data();
}

// Every message with a count ("%n") is a numerus entry, so Qt picks the form for the count (French: 0 and 1 take
// the singular), and each of the language's forms is filled: "Delete 1 users" is what a count in tr("%1")
// or a missing form shows.
void tst_TranslationCatalogues::numerusFormsFilled()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    int numerus = 0;
    QStringList problems;
    for (const Message& message : readCatalogue(catalogue(language))) {
        if (!message.numerus) {
            if (message.source.contains(QLatin1String("%n")) || message.source.contains(QLatin1String("%Ln"))) {
                problems << QStringLiteral("\"%1\": a count outside tr(text, nullptr, n)").arg(message.source);
            }
            continue;
        }
        ++numerus;
        if (message.translations.size() != pluralForms) {
            problems << QStringLiteral("\"%1\": %2 forms").arg(message.source).arg(message.translations.size());
        } else if (std::any_of(message.translations.cbegin(), message.translations.cend(), [](const QString& form) {
                       return form.trimmed().isEmpty();
                   })) {
            problems << QStringLiteral("\"%1\": an empty form").arg(message.source);
        }
    }
    QVERIFY2(numerus > 0, "no numerus entry at all");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 15).join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_TranslationCatalogues)
#include "tst_TranslationCatalogues.moc"
