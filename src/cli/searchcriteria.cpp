#include "cli/searchcriteria.h"

#include "imap/protocol/command.h"
#include "imap/protocol/sequenceset.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Quail::Cli {

namespace {

// This file's strings: their context in the catalogue, which lupdate reads
// from here (a free tr() function would hide it).
struct SearchCriteriaText {
    Q_DECLARE_TR_FUNCTIONS(Quail::Cli::SearchCriteria)
};

// Nesting of parentheses and NOT/OR the CLI accepts; the splitter keeps a
// group as one word, so this bounds the recursion on the user's input.
constexpr int MaxDepth = 64;

enum class Argument { None, String, Flag, Date, Number, Set, Header, Not, Or };

const QHash<QString, Argument> &keyTable()
{
    static const QHash<QString, Argument> keys = {
        {QStringLiteral("ALL"), Argument::None},
        {QStringLiteral("ANSWERED"), Argument::None},
        {QStringLiteral("DELETED"), Argument::None},
        {QStringLiteral("DRAFT"), Argument::None},
        {QStringLiteral("FLAGGED"), Argument::None},
        {QStringLiteral("NEW"), Argument::None},
        {QStringLiteral("OLD"), Argument::None},
        {QStringLiteral("RECENT"), Argument::None},
        {QStringLiteral("SEEN"), Argument::None},
        {QStringLiteral("UNANSWERED"), Argument::None},
        {QStringLiteral("UNDELETED"), Argument::None},
        {QStringLiteral("UNDRAFT"), Argument::None},
        {QStringLiteral("UNFLAGGED"), Argument::None},
        {QStringLiteral("UNSEEN"), Argument::None},
        {QStringLiteral("BCC"), Argument::String},
        {QStringLiteral("BODY"), Argument::String},
        {QStringLiteral("CC"), Argument::String},
        {QStringLiteral("FROM"), Argument::String},
        {QStringLiteral("SUBJECT"), Argument::String},
        {QStringLiteral("TEXT"), Argument::String},
        {QStringLiteral("TO"), Argument::String},
        {QStringLiteral("X-GM-RAW"), Argument::String},
        {QStringLiteral("EMAILID"), Argument::String},
        {QStringLiteral("THREADID"), Argument::String},
        {QStringLiteral("KEYWORD"), Argument::Flag},
        {QStringLiteral("UNKEYWORD"), Argument::Flag},
        {QStringLiteral("BEFORE"), Argument::Date},
        {QStringLiteral("ON"), Argument::Date},
        {QStringLiteral("SINCE"), Argument::Date},
        {QStringLiteral("SENTBEFORE"), Argument::Date},
        {QStringLiteral("SENTON"), Argument::Date},
        {QStringLiteral("SENTSINCE"), Argument::Date},
        {QStringLiteral("LARGER"), Argument::Number},
        {QStringLiteral("SMALLER"), Argument::Number},
        {QStringLiteral("OLDER"), Argument::Number},
        {QStringLiteral("YOUNGER"), Argument::Number},
        {QStringLiteral("MODSEQ"), Argument::Number},
        {QStringLiteral("X-GM-MSGID"), Argument::Number},
        {QStringLiteral("X-GM-THRID"), Argument::Number},
        {QStringLiteral("UID"), Argument::Set},
        {QStringLiteral("HEADER"), Argument::Header},
        {QStringLiteral("NOT"), Argument::Not},
        {QStringLiteral("OR"), Argument::Or},
    };
    return keys;
}

Argument argumentOf(const QString &key)
{
    return keyTable().value(key, Argument::None);
}

bool isKnownKey(const QString &key)
{
    return keyTable().contains(key);
}

class Encoder
{
public:
    Encoder(Imap::Command &command, QString *error)
        : m_command(command)
        , m_error(error)
    {
    }

    bool all(const QList<Word> &words, int depth)
    {
        if (words.isEmpty())
            return fail(SearchCriteriaText::tr("search criteria are missing"));
        qsizetype i = 0;
        while (i < words.size()) {
            if (!key(words, i, depth))
                return false;
        }
        return true;
    }

private:
    bool fail(const QString &message)
    {
        *m_error = message;
        return false;
    }

    const Word *next(const QList<Word> &words, qsizetype &i, const QString &key)
    {
        if (i >= words.size()) {
            fail(SearchCriteriaText::tr("%1 needs an argument").arg(key));
            return nullptr;
        }
        return &words.at(i++);
    }

    bool checkCommand()
    {
        if (m_command.isValid())
            return true;
        return fail(m_command.errorString());
    }

    bool key(const QList<Word> &words, qsizetype &i, int depth)
    {
        if (depth > MaxDepth)
            return fail(SearchCriteriaText::tr("search criteria nested too deeply"));
        const Word &word = words.at(i++);
        if (word.isList()) {
            QString splitError;
            const auto inner = splitArguments(word.listContents(), &splitError);
            if (!inner)
                return fail(splitError);
            m_command.beginList();
            if (!all(*inner, depth + 1))
                return false;
            m_command.endList();
            return checkCommand();
        }
        if (word.isQuoted())
            return fail(SearchCriteriaText::tr("a search key was expected, not the string \"%1\"").arg(word.text));

        const QString name = word.text.toUpper();
        if (!isKnownKey(name)) {
            // A sequence set, "$" (RFC 5182), or an extension's key.
            if (const auto set = Imap::SequenceSet::parse(word.text.toLatin1()); set && word.text.isSimpleText()) {
                m_command.sequenceSet(*set);
                return checkCommand();
            }
            m_command.atom(word.text.toUtf8());
            if (!m_command.isValid())
                return fail(SearchCriteriaText::tr("unknown search key '%1'").arg(word.text));
            return true;
        }
        m_command.atom(name.toLatin1());
        switch (argumentOf(name)) {
        case Argument::None:
            return true;
        case Argument::String: {
            const Word *value = next(words, i, name);
            if (!value)
                return false;
            if (value->isList())
                return fail(SearchCriteriaText::tr("%1 needs a string, not a group").arg(name));
            m_command.string(QByteArrayView(value->text.toUtf8()));
            return checkCommand();
        }
        case Argument::Flag: {
            const Word *value = next(words, i, name);
            if (!value)
                return false;
            m_command.flag(value->text.toUtf8());
            return checkCommand();
        }
        case Argument::Date: {
            const Word *value = next(words, i, name);
            if (!value)
                return false;
            static const QRegularExpression date(QStringLiteral("^\\d{1,2}-[A-Za-z]{3}-\\d{4}$"));
            if (!date.match(value->text).hasMatch())
                return fail(
                    SearchCriteriaText::tr("%1 needs a date such as 1-Feb-2024, not '%2'").arg(name, value->text));
            m_command.atom(value->text.toLatin1());
            return checkCommand();
        }
        case Argument::Number: {
            const Word *value = next(words, i, name);
            if (!value)
                return false;
            bool ok = false;
            const quint64 number = value->text.toULongLong(&ok);
            if (!ok || value->isList())
                return fail(SearchCriteriaText::tr("%1 needs a number, not '%2'").arg(name, value->text));
            m_command.number(number);
            return checkCommand();
        }
        case Argument::Set: {
            const Word *value = next(words, i, name);
            if (!value)
                return false;
            const auto set = Imap::SequenceSet::parse(value->text.toLatin1());
            if (!set || !value->text.isSimpleText())
                return fail(SearchCriteriaText::tr("%1 needs a set such as 1:5,7, not '%2'").arg(name, value->text));
            m_command.sequenceSet(*set);
            return checkCommand();
        }
        case Argument::Header: {
            const Word *field = next(words, i, name);
            if (!field)
                return false;
            m_command.string(QByteArrayView(field->text.toUtf8()));
            const Word *value = next(words, i, name);
            if (!value)
                return false;
            m_command.string(QByteArrayView(value->text.toUtf8()));
            return checkCommand();
        }
        case Argument::Not:
            if (i >= words.size())
                return fail(SearchCriteriaText::tr("NOT needs a search key"));
            return key(words, i, depth + 1);
        case Argument::Or:
            if (i + 1 >= words.size())
                return fail(SearchCriteriaText::tr("OR needs two search keys"));
            return key(words, i, depth + 1)
                && (i < words.size() ? key(words, i, depth + 1)
                                     : fail(SearchCriteriaText::tr("OR needs two search keys")));
        }
        return true;
    }

    Imap::Command &m_command;
    QString *m_error;
};

} // namespace

bool appendSearchCriteria(Imap::Command &command, const QList<Word> &words, QString *error)
{
    return Encoder(command, error).all(words, 0);
}

bool criteriaNeedCharset(const QList<Word> &words)
{
    return std::any_of(words.cbegin(), words.cend(), [](const Word &word) {
        return std::any_of(word.text.cbegin(), word.text.cend(), [](QChar c) { return c.unicode() >= 0x80; });
    });
}

} // namespace Quail::Cli
