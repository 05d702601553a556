#include "cli/verbs.h"

#include "cli/searchcriteria.h"
#include "core/applicationinfo.h"
#include "imap/protocol/commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

namespace Quail::Cli {

using Imap::Command;
using Imap::MailboxName;
using Imap::SequenceSet;
using Imap::SessionInfo;
namespace Commands = Imap::Commands;

namespace {

// This file's strings: their context in the catalogue, which lupdate reads
// from here (a free tr() function would hide it).
struct VerbsText {
    Q_DECLARE_TR_FUNCTIONS(Quail::Cli::Verbs)
};

using Built = std::variant<Command, VerbError>;
using Builder = Built (*)(const Verb &, const SessionInfo &);

// One verb: its arity (maxArguments -1 for "any number"), its help line and
// how it becomes a command.
struct VerbSpec {
    const char *name;
    int minArguments;
    int maxArguments;
    const char *synopsis;
    const char *summary;
    Verb::Kind kind;
    Builder build;
};

Built error(const QString &message)
{
    return VerbError{message, false};
}

Built unsupported(const QString &message)
{
    return VerbError{message, true};
}

// A command whose arguments the encoder refused is refused here, before
// anything is sent, with the encoder's reason.
Built checked(const Command &command)
{
    if (!command.isValid())
        return error(VerbsText::tr("refused before sending: %1").arg(command.errorString()));
    return command;
}

Commands::SetKind setKind(const Verb &verb)
{
    return verb.isUid() ? Commands::SetKind::Uid : Commands::SetKind::Sequence;
}

MailboxName::Encoding mailboxEncoding(const SessionInfo &info)
{
    return info.enabled.contains("UTF8=ACCEPT") ? MailboxName::Encoding::Utf8 : MailboxName::Encoding::ModifiedUtf7;
}

std::optional<MailboxName> mailbox(const Word &word, const SessionInfo &info, QString *message)
{
    if (word.isList()) {
        *message = VerbsText::tr("a mailbox name was expected, not the group %1").arg(word.text);
        return std::nullopt;
    }
    return MailboxName::fromString(word.text, mailboxEncoding(info));
}

std::optional<SequenceSet> sequenceSet(const Word &word, QString *message)
{
    const auto set =
        word.isList() || !word.text.isSimpleText() ? std::nullopt : SequenceSet::parse(word.text.toLatin1());
    if (!set)
        *message = VerbsText::tr("not a message set (such as 1:5,7 or 3:*): '%1'").arg(word.text);
    return set;
}

// The words inside a group, or the words themselves: "(\Seen \Flagged)" and
// "\Seen \Flagged" both give two words.
std::optional<QList<Word>> listOrWords(const QList<Word> &words, QString *message)
{
    if (words.size() == 1 && words.first().isList())
        return splitArguments(words.first().listContents(), message);
    for (const Word &word : words) {
        if (word.isList()) {
            *message = VerbsText::tr("unexpected group %1").arg(word.text);
            return std::nullopt;
        }
    }
    return words;
}

QList<QByteArray> utf8(const QList<Word> &words)
{
    QList<QByteArray> bytes;
    for (const Word &word : words)
        bytes.append(word.text.toUtf8());
    return bytes;
}

// Fetch attributes are protocol syntax the user types (BODY.PEEK[HEADER],
// "(UID FLAGS)"): printable ASCII without quotes, backslashes or braces, so
// that nothing in them can be a string or a literal.
bool isSafeSyntax(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\' && c != u'{' && c != u'}';
    });
}

#define MAILBOX_OR_FAIL(var, word)                                                                                     \
    QString var##Error;                                                                                                \
    const auto var = mailbox(word, info, &var##Error);                                                                 \
    if (!var)                                                                                                          \
        return error(var##Error);

#define SET_OR_FAIL(var, word)                                                                                         \
    QString var##Error;                                                                                                \
    const auto var = sequenceSet(word, &var##Error);                                                                   \
    if (!var)                                                                                                          \
        return error(var##Error);

Built simple(const Verb &verb, const SessionInfo &)
{
    static const QHash<QString, QByteArray> names = {
        {QStringLiteral("capability"), "CAPABILITY"}, {QStringLiteral("noop"), "NOOP"},
        {QStringLiteral("recent"), "NOOP"},           {QStringLiteral("check"), "CHECK"},
        {QStringLiteral("close"), "CLOSE"},           {QStringLiteral("unselect"), "UNSELECT"},
        {QStringLiteral("expunge"), "EXPUNGE"},       {QStringLiteral("logout"), "LOGOUT"},
        {QStringLiteral("namespace"), "NAMESPACE"},
    };
    return Command(names.value(verb.name));
}

Built oneMailbox(const Verb &verb, const SessionInfo &info)
{
    const Word inbox{Word::Kind::Bare, QStringLiteral("INBOX")};
    MAILBOX_OR_FAIL(name, verb.arguments.isEmpty() ? inbox : verb.arguments.first());
    if (verb.name == QStringLiteral("select"))
        return checked(Commands::select(*name));
    if (verb.name == QStringLiteral("examine"))
        return checked(Commands::examine(*name));
    if (verb.name == QStringLiteral("create"))
        return checked(Commands::create(*name));
    if (verb.name == QStringLiteral("delete"))
        return checked(Commands::deleteMailbox(*name));
    if (verb.name == QStringLiteral("subscribe"))
        return checked(Commands::subscribe(*name));
    if (verb.name == QStringLiteral("unsubscribe"))
        return checked(Commands::unsubscribe(*name));
    if (verb.name == QStringLiteral("getacl"))
        return checked(Commands::getAcl(*name));
    if (verb.name == QStringLiteral("myrights"))
        return checked(Commands::myRights(*name));
    if (verb.name == QStringLiteral("getquotaroot"))
        return checked(Commands::getQuotaRoot(*name));
    return error(VerbsText::tr("internal error: no builder for %1").arg(verb.name));
}

Built rename(const Verb &verb, const SessionInfo &info)
{
    MAILBOX_OR_FAIL(from, verb.arguments.at(0));
    MAILBOX_OR_FAIL(to, verb.arguments.at(1));
    return checked(Commands::rename(*from, *to));
}

Built list(const Verb &verb, const SessionInfo &info)
{
    // imaplib: list(directory='""', pattern='*').
    const MailboxName::Encoding encoding = mailboxEncoding(info);
    const QString reference = verb.arguments.size() > 0 ? verb.arguments.at(0).text : QString();
    const QString pattern = verb.arguments.size() > 1 ? verb.arguments.at(1).text : QStringLiteral("*");
    for (const Word &word : verb.arguments) {
        if (word.isList())
            return error(VerbsText::tr("a reference or pattern was expected, not the group %1").arg(word.text));
    }
    const QByteArray referenceWire = MailboxName::fromString(reference, encoding).wire();
    const QByteArray patternWire = MailboxName::fromString(pattern, encoding).wire();
    if (verb.name == QStringLiteral("lsub"))
        return checked(Commands::lsub(referenceWire, patternWire));
    return checked(Commands::list(referenceWire, patternWire));
}

Built status(const Verb &verb, const SessionInfo &info)
{
    MAILBOX_OR_FAIL(name, verb.arguments.at(0));
    QString message;
    const auto items = listOrWords(verb.arguments.mid(1), &message);
    if (!items)
        return error(message);
    QList<QByteArray> atoms;
    for (const Word &item : *items)
        atoms.append(item.text.toUpper().toUtf8());
    return checked(Commands::status(*name, atoms));
}

Built search(const Verb &verb, const SessionInfo &info)
{
    QList<Word> criteria = verb.arguments;
    QByteArray charset;
    if (criteria.size() >= 2 && !criteria.first().isQuoted()
        && criteria.first().text.compare(QStringLiteral("CHARSET"), Qt::CaseInsensitive) == 0) {
        charset = criteria.at(1).text.toUtf8();
        criteria = criteria.mid(2);
    }
    const bool utf8Accept = info.enabled.contains("UTF8=ACCEPT");
    if (charset.isEmpty() && !utf8Accept && criteriaNeedCharset(criteria))
        charset = "UTF-8";
    Command command(verb.isUid() ? "UID SEARCH" : "SEARCH");
    if (!charset.isEmpty())
        command.atom("CHARSET").atom(charset);
    QString message;
    if (!appendSearchCriteria(command, criteria, &message))
        return error(message);
    return checked(command);
}

// sort (CRITERIA) CHARSET SEARCH… and thread ALGORITHM CHARSET SEARCH…, in
// imaplib's order.
Built sortOrThread(const Verb &verb, const SessionInfo &)
{
    const bool sort = verb.name.endsWith(QStringLiteral("sort"));
    Command command(QByteArray(QByteArray(verb.isUid() ? "UID " : "") + (sort ? "SORT" : "THREAD")));
    const Word &first = verb.arguments.at(0);
    if (sort) {
        QString message;
        const auto criteria = listOrWords({first}, &message);
        if (!criteria)
            return error(message);
        command.beginList();
        for (const Word &criterion : *criteria)
            command.atom(criterion.text.toUpper().toUtf8());
        command.endList();
    } else {
        command.atom(first.text.toUpper().toUtf8());
    }
    command.atom(verb.arguments.at(1).text.toUtf8());
    QString message;
    if (!appendSearchCriteria(command, verb.arguments.mid(2), &message))
        return error(message);
    return checked(command);
}

Built fetch(const Verb &verb, const SessionInfo &)
{
    SET_OR_FAIL(set, verb.arguments.at(0));
    const QList<Word> items = verb.arguments.mid(1);
    for (const Word &item : items) {
        if (item.isQuoted() || !isSafeSyntax(item.text))
            return error(VerbsText::tr("not a fetch item: %1").arg(item.text));
    }
    Command command(verb.isUid() ? "UID FETCH" : "FETCH");
    command.sequenceSet(*set);
    static const QStringList macros = {QStringLiteral("ALL"), QStringLiteral("FAST"), QStringLiteral("FULL")};
    if (items.size() == 1 && items.first().isList()) {
        command.raw(items.first().text.toLatin1());
    } else if (items.size() == 1 && macros.contains(items.first().text.toUpper())) {
        command.atom(items.first().text.toUpper().toLatin1());
    } else {
        command.beginList();
        for (const Word &item : items)
            command.raw(item.text.toLatin1());
        command.endList();
    }
    return checked(command);
}

// imaplib's partial(message_num, message_part, start, length), emulated with
// a partial FETCH (RFC 9051 §6.4.5): servers dropped the PARTIAL command.
Built partial(const Verb &verb, const SessionInfo &)
{
    SET_OR_FAIL(set, verb.arguments.at(0));
    QString item = verb.arguments.at(1).text.toUpper();
    static const QHash<QString, QString> rfc822 = {{QStringLiteral("RFC822"), QStringLiteral("BODY[]")},
                                                   {QStringLiteral("RFC822.PEEK"), QStringLiteral("BODY.PEEK[]")},
                                                   {QStringLiteral("RFC822.HEADER"), QStringLiteral("BODY[HEADER]")},
                                                   {QStringLiteral("RFC822.TEXT"), QStringLiteral("BODY[TEXT]")}};
    item = rfc822.value(item, item);
    static const QRegularExpression section(QStringLiteral("^(BODY|BODY\\.PEEK|BINARY|BINARY\\.PEEK)\\[[^\\]]*\\]$"));
    if (!section.match(item).hasMatch() || !isSafeSyntax(item))
        return error(VerbsText::tr("partial needs a body section such as BODY[] or BODY[TEXT], not '%1'").arg(item));
    bool startOk = false;
    bool lengthOk = false;
    const quint32 start = verb.arguments.at(2).text.toUInt(&startOk);
    const quint32 length = verb.arguments.at(3).text.toUInt(&lengthOk);
    if (!startOk || !lengthOk || length == 0)
        return error(VerbsText::tr("partial needs a start and a non-zero length in octets"));
    return checked(Commands::fetch(
        *set, {item.toLatin1() + '<' + QByteArray::number(start) + '.' + QByteArray::number(length) + '>'},
        setKind(verb)));
}

Built store(const Verb &verb, const SessionInfo &)
{
    SET_OR_FAIL(set, verb.arguments.at(0));
    QString item = verb.arguments.at(1).text.toUpper();
    const bool silent = item.endsWith(QStringLiteral(".SILENT"));
    if (silent)
        item.chop(7);
    Commands::StoreMode mode;
    if (item == QStringLiteral("FLAGS"))
        mode = Commands::StoreMode::Replace;
    else if (item == QStringLiteral("+FLAGS"))
        mode = Commands::StoreMode::Add;
    else if (item == QStringLiteral("-FLAGS"))
        mode = Commands::StoreMode::Remove;
    else
        return error(VerbsText::tr("store needs FLAGS, +FLAGS or -FLAGS (optionally .SILENT), not '%1'")
                         .arg(verb.arguments.at(1).text));
    QString message;
    const auto flags = listOrWords(verb.arguments.mid(2), &message);
    if (!flags)
        return error(message);
    return checked(Commands::store(*set, mode, utf8(*flags), setKind(verb), silent));
}

Built copyOrMove(const Verb &verb, const SessionInfo &info)
{
    SET_OR_FAIL(set, verb.arguments.at(0));
    MAILBOX_OR_FAIL(target, verb.arguments.at(1));
    // Without MOVE the runner emulates it with Engine::move(); this is then
    // the command that would have been sent, for the check before connecting.
    if (verb.name.endsWith(QStringLiteral("move")))
        return checked(Commands::move(*set, *target, setKind(verb)));
    return checked(Commands::copy(*set, *target, setKind(verb)));
}

Built uidExpunge(const Verb &verb, const SessionInfo &)
{
    SET_OR_FAIL(set, verb.arguments.at(0));
    return checked(Commands::uidExpunge(*set));
}

Built append(const Verb &verb, const SessionInfo &info)
{
    const auto arguments = appendArguments(verb, info);
    if (const auto *failed = std::get_if<VerbError>(&arguments))
        return *failed;
    const AppendArguments &append = std::get<AppendArguments>(arguments);
    return checked(Commands::multiAppend(append.mailbox, append.messages));
}

Built enable(const Verb &verb, const SessionInfo &)
{
    QList<QByteArray> names;
    for (const Word &word : verb.arguments)
        names.append(word.text.toUpper().toUtf8());
    return checked(Commands::enable(names));
}

Built id(const Verb &verb, const SessionInfo &)
{
    if (verb.arguments.isEmpty()) {
        // Who we are, as RFC 2971 §3.3 suggests; nothing about the user.
        return checked(
            Commands::id({{"name", "quail-imap"}, {"version", QCoreApplication::applicationVersion().toUtf8()}}));
    }
    const Word &word = verb.arguments.first();
    if (!word.isList()) {
        if (word.text.compare(QStringLiteral("NIL"), Qt::CaseInsensitive) == 0)
            return checked(Commands::id({}));
        return error(VerbsText::tr("id takes (FIELD VALUE …) or NIL"));
    }
    QString message;
    const auto inner = splitArguments(word.listContents(), &message);
    if (!inner)
        return error(message);
    if (inner->size() % 2 != 0)
        return error(VerbsText::tr("id needs field and value pairs"));
    QList<std::pair<QByteArray, QByteArray>> fields;
    for (qsizetype i = 0; i < inner->size(); i += 2) {
        const Word &value = inner->at(i + 1);
        const bool nil = !value.isQuoted() && value.text.compare(QStringLiteral("NIL"), Qt::CaseInsensitive) == 0;
        fields.append({inner->at(i).text.toUtf8(), nil ? QByteArray() : value.text.toUtf8()});
    }
    return checked(Commands::id(fields));
}

Built aclCommand(const Verb &verb, const SessionInfo &info)
{
    MAILBOX_OR_FAIL(name, verb.arguments.at(0));
    if (verb.name == QStringLiteral("setacl")) {
        return checked(Command("SETACL")
                           .mailbox(*name)
                           .string(QByteArrayView(verb.arguments.at(1).text.toUtf8()))
                           .string(QByteArrayView(verb.arguments.at(2).text.toUtf8())));
    }
    return checked(Command("DELETEACL").mailbox(*name).string(QByteArrayView(verb.arguments.at(1).text.toUtf8())));
}

Built getQuota(const Verb &verb, const SessionInfo &)
{
    return checked(Commands::getQuota(verb.arguments.at(0).text.toUtf8()));
}

Built setQuota(const Verb &verb, const SessionInfo &)
{
    Command command("SETQUOTA");
    command.string(QByteArrayView(verb.arguments.at(0).text.toUtf8()));
    QString message;
    const auto limits = listOrWords(verb.arguments.mid(1), &message);
    if (!limits)
        return error(message);
    if (limits->size() % 2 != 0)
        return error(VerbsText::tr("setquota needs resource and limit pairs, such as (STORAGE 512)"));
    command.beginList();
    for (qsizetype i = 0; i < limits->size(); i += 2) {
        bool ok = false;
        const quint64 limit = limits->at(i + 1).text.toULongLong(&ok);
        if (!ok)
            return error(VerbsText::tr("not a quota limit: '%1'").arg(limits->at(i + 1).text));
        command.atom(limits->at(i).text.toUpper().toUtf8()).number(limit);
    }
    command.endList();
    return checked(command);
}

bool hasMetadata(const SessionInfo &info)
{
    return info.capabilities.has("METADATA") || info.capabilities.has("METADATA-SERVER");
}

// imaplib's getannotation/setannotation are ANNOTATEMORE (a draft); servers
// moved to METADATA (RFC 5464), which is used when offered.
Built getAnnotation(const Verb &verb, const SessionInfo &info)
{
    MAILBOX_OR_FAIL(name, verb.arguments.at(0));
    QString message;
    const auto entries = listOrWords(verb.arguments.mid(1), &message);
    if (!entries)
        return error(message);
    if (hasMetadata(info))
        return checked(Commands::getMetadata(*name, utf8(*entries)));
    Command command("GETANNOTATION");
    command.mailbox(*name);
    for (const Word &entry : *entries)
        command.string(QByteArrayView(entry.text.toUtf8()));
    return checked(command);
}

Built setAnnotation(const Verb &verb, const SessionInfo &info)
{
    MAILBOX_OR_FAIL(name, verb.arguments.at(0));
    QString message;
    const auto pairs = listOrWords(verb.arguments.mid(1), &message);
    if (!pairs)
        return error(message);
    if (pairs->size() % 2 != 0)
        return error(VerbsText::tr("setannotation needs entry and value pairs"));
    if (!hasMetadata(info)) {
        // imaplib's SETANNOTATION spoke the ANNOTATEMORE draft, which RFC 5464
        // replaced; quail-imap speaks only the RFC.
        return unsupported(
            VerbsText::tr("not supported: the server has no METADATA (RFC 5464), and quail-imap does not "
                          "speak the older ANNOTATEMORE draft"));
    }
    QList<std::pair<QByteArray, QByteArray>> entries;
    for (qsizetype i = 0; i < pairs->size(); i += 2) {
        const Word &value = pairs->at(i + 1);
        const bool nil = !value.isQuoted() && value.text.compare(QStringLiteral("NIL"), Qt::CaseInsensitive) == 0;
        entries.append({pairs->at(i).text.toUtf8(), nil ? QByteArray() : value.text.toUtf8()});
    }
    return checked(Commands::setMetadata(*name, entries));
}

Built proxyAuth(const Verb &verb, const SessionInfo &)
{
    return checked(Command("PROXYAUTH").string(QByteArrayView(verb.arguments.at(0).text.toUtf8())));
}

Built xatom(const Verb &verb, const SessionInfo &)
{
    Command command(verb.arguments.at(0).text.toUpper().toUtf8());
    if (!command.isValid())
        return error(VerbsText::tr("not a command name: '%1'").arg(verb.arguments.at(0).text));
    for (const Word &word : verb.arguments.mid(1)) {
        if (word.isList()) {
            if (!isSafeSyntax(word.text))
                return error(
                    VerbsText::tr("a group for xatom may not hold quotes, backslashes or braces: %1").arg(word.text));
            command.raw(word.text.toLatin1());
        } else if (word.isQuoted()) {
            command.string(QByteArrayView(word.text.toUtf8()));
        } else {
            // An atom if it is one, else a string: never unquoted syntax.
            const QByteArray bytes = word.text.toUtf8();
            if (Command("X").atom(bytes).isValid())
                command.atom(bytes);
            else
                command.string(QByteArrayView(bytes));
        }
    }
    return checked(command);
}

Built raw(const Verb &verb, const SessionInfo &)
{
    const QString line = verb.rawLine;
    const qsizetype space = line.indexOf(u' ');
    const QString name = space < 0 ? line : line.left(space);
    const QString rest = space < 0 ? QString() : line.mid(space + 1).trimmed();
    // Commands that change the connection's state under the engine's feet
    // have verbs of their own (and LOGIN's password belongs in a file).
    static const QStringList reserved = {QStringLiteral("STARTTLS"), QStringLiteral("AUTHENTICATE"),
                                         QStringLiteral("LOGIN"), QStringLiteral("COMPRESS"), QStringLiteral("IDLE")};
    if (reserved.contains(name.toUpper()))
        return error(VerbsText::tr("raw cannot send %1; use the verb of that name").arg(name.toUpper()));
    Command command(name.toUtf8());
    if (!command.isValid())
        return error(VerbsText::tr("refused before sending: '%1' is not a command name").arg(name));
    if (!rest.isEmpty()) {
        static const QRegularExpression literal(QStringLiteral("~?\\{\\d+[+-]?\\}$"));
        if (literal.match(rest).hasMatch())
            return error(VerbsText::tr("refused before sending: raw cannot send literals"));
        command.raw(rest.toUtf8());
    }
    return checked(command);
}

Built notBuilt(const Verb &verb, const SessionInfo &)
{
    return error(VerbsText::tr("internal error: %1 is not a command").arg(verb.name));
}

// The verbs: imaplib's method names plus examine, move, id, compress and raw.
const QList<VerbSpec> &specs()
{
    using K = Verb::Kind;
    static const QList<VerbSpec> table = {
        {"append", 2, -1, "append MAILBOX [(FLAGS)] [\"DATE\"] @FILE …",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs",
                           "append messages from files (@- for stdin); several in one MULTIAPPEND when offered"),
         K::Append, append},
        {"authenticate", 1, 1, "authenticate MECHANISM",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "log in with PLAIN, CRAM-MD5, XOAUTH2 or OAUTHBEARER"), K::Login,
         notBuilt},
        {"capability", 0, 0, "capability", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "list the server's capabilities"),
         K::Command, simple},
        {"check", 0, 0, "check", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "checkpoint the selected mailbox"), K::Command,
         simple},
        {"close", 0, 0, "close", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "expunge and close the selected mailbox"),
         K::Command, simple},
        {"compress", 0, 1, "compress [DEFLATE]",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "compress the session (RFC 4978), from login on; before other verbs"),
         K::Compress, notBuilt},
        {"copy", 2, 2, "copy SET MAILBOX", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "copy messages"), K::Command,
         copyOrMove},
        {"create", 1, 1, "create MAILBOX", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "create a mailbox"), K::Command,
         oneMailbox},
        {"delete", 1, 1, "delete MAILBOX", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "delete a mailbox"), K::Command,
         oneMailbox},
        {"deleteacl", 2, 2, "deleteacl MAILBOX WHO", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "remove WHO's rights"),
         K::Command, aclCommand},
        {"enable", 1, -1, "enable CAPABILITY…", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "enable extensions (RFC 5161)"),
         K::Command, enable},
        {"examine", 0, 1, "examine [MAILBOX]",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "select read-only (default INBOX)"), K::Command, oneMailbox},
        {"expunge", 0, 0, "expunge", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "remove messages flagged \\Deleted"),
         K::Command, simple},
        {"fetch", 2, -1, "fetch SET ITEMS",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "fetch (UID FLAGS ENVELOPE BODY.PEEK[]…)"), K::Command, fetch},
        {"getacl", 1, 1, "getacl MAILBOX", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "show the access control list"),
         K::Command, oneMailbox},
        {"getannotation", 2, -1, "getannotation MAILBOX ENTRY…",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "GETMETADATA (or ANNOTATEMORE)"), K::Command, getAnnotation},
        {"getquota", 1, 1, "getquota ROOT",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "show a quota root's usage and limits"), K::Command, getQuota},
        {"getquotaroot", 1, 1, "getquotaroot MAILBOX",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "show a mailbox's quota roots"), K::Command, oneMailbox},
        {"id", 0, 1, "id [(FIELD VALUE …) | NIL]",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "exchange client and server identities (RFC 2971)"), K::Command, id},
        {"idle", 0, 1, "idle [SECONDS]",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "print news as it arrives until SECONDS pass or Ctrl+C"), K::Idle,
         notBuilt},
        {"list", 0, 2, "list [REFERENCE [PATTERN]]",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "list mailboxes (default \"\" *)"), K::Command, list},
        {"login", 0, 1, "login [USER]",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "log in with LOGIN (password from the options)"), K::Login, notBuilt},
        {"login_cram_md5", 0, 1, "login_cram_md5 [USER]",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "log in with CRAM-MD5"), K::Login, notBuilt},
        {"logout", 0, 0, "logout", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "end the session"), K::Command, simple},
        {"lsub", 0, 2, "lsub [REFERENCE [PATTERN]]",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "list subscribed mailboxes"), K::Command, list},
        {"move", 2, 2, "move SET MAILBOX",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "move messages (MOVE, or COPY + STORE + UID EXPUNGE)"), K::Move,
         copyOrMove},
        {"myrights", 1, 1, "myrights MAILBOX", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "show your rights on a mailbox"),
         K::Command, oneMailbox},
        {"namespace", 0, 0, "namespace",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "show the personal, other users' and shared namespaces"), K::Command,
         simple},
        {"noop", 0, 0, "noop", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "do nothing; collect news"), K::Command, simple},
        {"partial", 4, 4, "partial SET ITEM START LENGTH",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "fetch part of a body, as BODY[]<START.LENGTH>"), K::Command, partial},
        {"proxyauth", 1, 1, "proxyauth USER",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "act as USER (PROXYAUTH, after logging in)"), K::Command, proxyAuth},
        {"raw", 1, -1, "raw LINE",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "send LINE as a command, as is (after checking it)"), K::Command, raw},
        {"recent", 0, 0, "recent", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "NOOP, showing RECENT"), K::Command, simple},
        {"rename", 2, 2, "rename OLD NEW", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "rename a mailbox"), K::Command,
         rename},
        {"response", 1, 1, "response CODE",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "show what the server said with CODE (EXISTS, UIDNEXT…)"), K::Response,
         notBuilt},
        {"search", 1, -1, "search [CHARSET C] CRITERIA…",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "search the selected mailbox"), K::Command, search},
        {"select", 0, 1, "select [MAILBOX]", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "select a mailbox (default INBOX)"),
         K::Command, oneMailbox},
        {"setacl", 3, 3, "setacl MAILBOX WHO RIGHTS", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "set WHO's rights"),
         K::Command, aclCommand},
        {"setannotation", 3, -1, "setannotation MAILBOX ENTRY VALUE …",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "SETMETADATA"), K::Command, setAnnotation},
        {"setquota", 2, -1, "setquota ROOT (RESOURCE LIMIT …)",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "set quota limits"), K::Command, setQuota},
        {"sort", 3, -1, "sort (CRITERIA) CHARSET SEARCH…",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "sorted search (RFC 5256)"), K::Command, sortOrThread},
        {"starttls", 0, 0, "starttls",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "upgrade to TLS before login, as --security starttls; the first verb"),
         K::StartTls, notBuilt},
        {"status", 2, -1, "status MAILBOX (ITEMS)",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "mailbox status (MESSAGES UNSEEN UIDNEXT…)"), K::Command, status},
        {"store", 3, -1, "store SET [+|-]FLAGS[.SILENT] (FLAGS)",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "change flags"), K::Command, store},
        {"subscribe", 1, 1, "subscribe MAILBOX", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "subscribe to a mailbox"),
         K::Command, oneMailbox},
        {"thread", 3, -1, "thread ALGORITHM CHARSET SEARCH…",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "threaded search (RFC 5256)"), K::Command, sortOrThread},
        {"uid", 2, -1, "uid COMMAND ARGS…",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "fetch, search, store, copy, move, expunge, sort or thread by UID"),
         K::Command, notBuilt},
        {"unselect", 0, 0, "unselect", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "close the mailbox without expunging"),
         K::Command, simple},
        {"unsubscribe", 1, 1, "unsubscribe MAILBOX",
         QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "unsubscribe from a mailbox"), K::Command, oneMailbox},
        {"xatom", 1, -1, "xatom NAME [ARGS…]", QT_TRANSLATE_NOOP("Quail::Cli::Verbs", "send an extension command"),
         K::Command, xatom},
    };
    return table;
}

const VerbSpec *findSpec(const QString &name)
{
    for (const VerbSpec &spec : specs()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

Builder uidBuilder(const QString &command)
{
    static const QHash<QString, Builder> builders = {
        {QStringLiteral("fetch"), fetch},       {QStringLiteral("search"), search},
        {QStringLiteral("store"), store},       {QStringLiteral("copy"), copyOrMove},
        {QStringLiteral("move"), copyOrMove},   {QStringLiteral("expunge"), uidExpunge},
        {QStringLiteral("sort"), sortOrThread}, {QStringLiteral("thread"), sortOrThread},
    };
    return builders.value(command, nullptr);
}

std::optional<QByteArray> readMessage(const QString &source, bool stdinTaken, QString *message)
{
    if (source == QStringLiteral("-")) {
        if (stdinTaken) {
            *message = VerbsText::tr("append @- and --password-stdin cannot both read stdin");
            return std::nullopt;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *message = VerbsText::tr("cannot read the message from stdin");
            return std::nullopt;
        }
        return in.readAll();
    }
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = VerbsText::tr("cannot read the message from %1: %2").arg(source, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// append MAILBOX [(FLAGS)] ["DATE"] @FILE [[(FLAGS)] ["DATE"] @FILE …]:
// each @FILE ends a message, with the flags and date typed before it.
bool parseAppendMessages(Verb *verb, bool stdinTaken, QString *message)
{
    Commands::AppendMessage next;
    bool hasFlags = false;
    bool readStdin = false;
    for (const Word &word : verb->arguments.mid(1)) {
        if (word.isList()) {
            if (hasFlags || next.date) {
                *message = VerbsText::tr("append: the flags come before the date, once per message: %1").arg(word.text);
                return false;
            }
            const auto inner = splitArguments(word.listContents(), message);
            if (!inner)
                return false;
            next.flags = utf8(*inner);
            hasFlags = true;
        } else if (word.kind == Word::Kind::Bare && word.text.startsWith(u'@') && word.text.size() > 1) {
            const QString source = word.text.mid(1);
            if (source == QStringLiteral("-") && std::exchange(readStdin, true)) {
                *message = VerbsText::tr("append: only one message can come from stdin (@-)");
                return false;
            }
            const auto content = readMessage(source, stdinTaken, message);
            if (!content)
                return false;
            next.data = *content;
            verb->messages.append(std::exchange(next, {}));
            verb->messageSources.append(source == QStringLiteral("-") ? VerbsText::tr("stdin") : source);
            hasFlags = false;
        } else {
            if (next.date) {
                *message = VerbsText::tr("append: one date per message, then @FILE: %1").arg(word.text);
                return false;
            }
            next.date = Imap::InternalDate::parse(word.text.toLatin1());
            if (!next.date || !word.text.isSimpleText()) {
                const QDateTime iso = QDateTime::fromString(word.text, Qt::ISODate);
                if (!iso.isValid()) {
                    *message =
                        VerbsText::tr("not a date (\"17-Jul-1996 02:44:25 -0700\" or ISO 8601): '%1'").arg(word.text);
                    return false;
                }
                next.date = Imap::InternalDate::fromDateTime(iso);
            }
        }
    }
    if (verb->messages.isEmpty() || hasFlags || next.date) {
        *message = VerbsText::tr("append needs each message as @FILE (or @- for stdin), after its flags and date");
        return false;
    }
    return true;
}

} // namespace

QList<VerbInfo> verbTable()
{
    QList<VerbInfo> infos;
    for (const VerbSpec &spec : specs())
        infos.append({QString::fromUtf8(spec.synopsis), VerbsText::tr(spec.summary)});
    return infos;
}

std::variant<Verb, VerbError> parseVerb(const QString &text, bool stdinTaken)
{
    Verb verb;
    verb.text = text;
    // Nothing typed may put a second command on the wire: CR, LF and NUL
    // are refused outright in raw; elsewhere they can only travel inside a
    // literal, which the encoder chooses (or refuses, for NUL).
    const QString trimmed = text.trimmed();
    if (trimmed.section(u' ', 0, 0).compare(QStringLiteral("raw"), Qt::CaseInsensitive) == 0) {
        for (const QChar c : text) {
            if (c == u'\r' || c == u'\n' || c == QChar(0))
                return VerbError{VerbsText::tr("refused before sending: raw lines may not contain CR, LF or NUL")};
        }
        verb.name = QStringLiteral("raw");
        verb.rawLine = restOfLine(text);
        if (verb.rawLine.isEmpty())
            return VerbError{VerbsText::tr("wrong number of arguments; usage: raw LINE")};
        const auto built = buildCommand(verb, {});
        if (const auto *failed = std::get_if<VerbError>(&built))
            return *failed;
        return verb;
    }

    QString splitError;
    const auto words = splitArguments(text, &splitError);
    if (!words)
        return VerbError{splitError};
    if (words->isEmpty())
        return VerbError{VerbsText::tr("empty verb")};
    const Word &first = words->first();
    verb.name = first.text.toLower();
    const VerbSpec *spec = first.isList() ? nullptr : findSpec(verb.name);
    if (!spec)
        return VerbError{VerbsText::tr("unknown verb '%1' (see quail-imap --help)").arg(first.text)};
    verb.kind = spec->kind;
    verb.arguments = words->mid(1);
    const int count = int(verb.arguments.size());
    if (count < spec->minArguments || (spec->maxArguments >= 0 && count > spec->maxArguments))
        return VerbError{VerbsText::tr("wrong number of arguments; usage: %1").arg(QString::fromUtf8(spec->synopsis))};

    if (verb.name == QStringLiteral("uid")) {
        const QString sub = verb.arguments.first().text.toLower();
        if (!uidBuilder(sub) || verb.arguments.first().kind != Word::Kind::Bare)
            return VerbError{
                VerbsText::tr("uid takes fetch, search, store, copy, move, expunge, sort or thread, not '%1'")
                    .arg(verb.arguments.first().text)};
        verb.name = QStringLiteral("uid ") + sub;
        if (sub == QStringLiteral("move"))
            verb.kind = Verb::Kind::Move;
        verb.arguments = verb.arguments.mid(1);
        const QHash<QString, int> minimum = {{QStringLiteral("fetch"), 2}, {QStringLiteral("search"), 1},
                                             {QStringLiteral("store"), 3}, {QStringLiteral("copy"), 2},
                                             {QStringLiteral("move"), 2},  {QStringLiteral("expunge"), 1},
                                             {QStringLiteral("sort"), 3},  {QStringLiteral("thread"), 3}};
        if (verb.arguments.size() < minimum.value(sub))
            return VerbError{
                VerbsText::tr("uid %1 needs at least %n argument(s)", nullptr, minimum.value(sub)).arg(sub)};
        if ((sub == QStringLiteral("copy") || sub == QStringLiteral("move") || sub == QStringLiteral("expunge"))
            && verb.arguments.size() > minimum.value(sub))
            return VerbError{VerbsText::tr("uid %1 takes %n argument(s)", nullptr, minimum.value(sub)).arg(sub)};
    } else if (verb.name == QStringLiteral("append")) {
        QString message;
        if (!parseAppendMessages(&verb, stdinTaken, &message))
            return VerbError{message};
    } else if (verb.name == QStringLiteral("idle") && count == 1) {
        bool ok = false;
        const int seconds = verb.arguments.first().text.toInt(&ok);
        if (!ok || seconds <= 0)
            return VerbError{VerbsText::tr("idle takes a positive number of seconds")};
        verb.idleSeconds = seconds;
    } else if (verb.kind == Verb::Kind::Login) {
        if (verb.name == QStringLiteral("authenticate")) {
            const QString mechanism = verb.arguments.first().text.toLower();
            const auto method = Imap::authMethodFromName(mechanism);
            if (!method || *method == Imap::AuthMethod::Auto || *method == Imap::AuthMethod::Login)
                return VerbError{VerbsText::tr("authenticate takes PLAIN, CRAM-MD5, XOAUTH2 or OAUTHBEARER, not '%1'")
                                     .arg(verb.arguments.first().text)};
            verb.authMethod = *method;
        } else {
            verb.authMethod =
                verb.name == QStringLiteral("login") ? Imap::AuthMethod::Login : Imap::AuthMethod::CramMd5;
            if (count == 1)
                verb.loginUser = verb.arguments.first().text;
        }
    } else if (verb.name == QStringLiteral("compress") && count == 1) {
        if (verb.arguments.first().text.compare(QStringLiteral("DEFLATE"), Qt::CaseInsensitive) != 0)
            return VerbError{
                VerbsText::tr("compress knows only DEFLATE (RFC 4978), not '%1'").arg(verb.arguments.first().text)};
    } else if (verb.name == QStringLiteral("logout")) {
        verb.closesSession = true;
    }

    // Build once against an empty session, so that an argument that cannot
    // be sent is refused before connecting. Capability-dependent choices
    // are made again, for real, when the verb runs.
    if (verb.kind == Verb::Kind::Command || verb.kind == Verb::Kind::Move || verb.kind == Verb::Kind::Append) {
        SessionInfo probe;
        probe.capabilities = Imap::Capabilities({"IMAP4REV1", "MOVE", "METADATA"});
        const auto built = buildCommand(verb, probe);
        if (const auto *failed = std::get_if<VerbError>(&built))
            return *failed;
        if (!std::get<Command>(built).encode("A1"))
            return VerbError{VerbsText::tr("refused before sending: the command cannot be encoded")};
    }
    return verb;
}

std::variant<MoveArguments, VerbError> moveArguments(const Verb &verb, const SessionInfo &info)
{
    QString message;
    const auto set = sequenceSet(verb.arguments.at(0), &message);
    if (!set)
        return VerbError{message};
    const auto target = mailbox(verb.arguments.at(1), info, &message);
    if (!target)
        return VerbError{message};
    return MoveArguments{*set, *target};
}

std::variant<AppendArguments, VerbError> appendArguments(const Verb &verb, const SessionInfo &info)
{
    QString message;
    const auto target = mailbox(verb.arguments.at(0), info, &message);
    if (!target)
        return VerbError{message};
    AppendArguments arguments{*target, verb.messages};
    // BINARY (RFC 3516) is the only way to send NUL; use it when needed.
    for (Commands::AppendMessage &appended : arguments.messages)
        appended.binary = appended.data.contains('\0') && info.capabilities.has("BINARY");
    return arguments;
}

std::variant<Command, VerbError> buildCommand(const Verb &verb, const SessionInfo &info)
{
    if (verb.isUid())
        return uidBuilder(verb.name.mid(4))(verb, info);
    const VerbSpec *spec = findSpec(verb.name);
    if (!spec)
        return VerbError{VerbsText::tr("unknown verb '%1'").arg(verb.name)};
    return spec->build(verb, info);
}

} // namespace Quail::Cli
