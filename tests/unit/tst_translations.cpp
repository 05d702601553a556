// The catalogues in translations/: every message translated, and every
// translation keeping its source's placeholders, so a German user never
// sees an English sentence or a "%1" where a folder name belongs.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per numerus form
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            // Strings lupdate no longer finds are not shown to anyone.
            if (type == u"vanished" || type == u"obsolete")
                continue;
            message.unfinished = type == u"unfinished";
            if (!message.numerus)
                message.translations = {xml.readElementText()};
            else
                message.translations.clear();
            messages.append(message);
        } else if (name == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// %1…%99 (with the L flag), %n, and nothing else of the form.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured().remove(QLatin1Char('L')));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(qEnvironmentVariable("QUAIL_TRANSLATIONS_DIR"));
        const auto files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no catalogue in %1").arg(dir.path())));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void catalogueIsCompleteAndConsistent()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
            if (message.unfinished || message.translations.isEmpty()
                || std::any_of(message.translations.begin(), message.translations.end(),
                               [](const QString &text) { return text.trimmed().isEmpty(); })) {
                problems.append(QStringLiteral("untranslated ") + where);
                continue;
            }
            QSet<QString> expected = placeholders(message.source);
            for (const QString &translation : message.translations) {
                QSet<QString> got = placeholders(translation);
                // A singular form may spell out the number ("eine Nachricht").
                if (message.numerus && translation == message.translations.first()) {
                    got.remove(QStringLiteral("%n"));
                    expected.remove(QStringLiteral("%n"));
                }
                if (got != expected)
                    problems.append(QStringLiteral("placeholders differ in ") + where + QStringLiteral(" -> \"")
                                    + translation + QLatin1Char('"'));
                expected = placeholders(message.source);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
