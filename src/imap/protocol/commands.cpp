#include "imap/protocol/commands.h"

namespace Quail::Imap::Commands {

namespace {

// "FETCH" or "UID FETCH".
Command named(SetKind kind, const char *name)
{
    QByteArray full = kind == SetKind::Uid ? QByteArrayLiteral("UID ") : QByteArray();
    full += name;
    return Command(full);
}

void selectOptions(Command &command, const SelectOptions &options)
{
    if (options.uidValidity) {
        // QRESYNC (uidvalidity modseq [known-uids])
        command.beginList().atom("QRESYNC").beginList().number(*options.uidValidity).number(options.modSeq);
        if (!options.knownUids.isEmpty())
            command.sequenceSet(options.knownUids);
        command.endList().endList();
    } else if (options.condStore) {
        command.beginList().atom("CONDSTORE").endList();
    }
}

void searchProgram(Command &command, const SearchKey &key, bool utf8Accept)
{
    // RFC 9755 §3: with UTF8=ACCEPT the charset must not be given.
    if (key.needsCharset() && !utf8Accept)
        command.atom("CHARSET").atom("UTF-8");
    command.searchKey(key);
}

} // namespace

Command capability()
{
    return Command("CAPABILITY");
}
Command noop()
{
    return Command("NOOP");
}
Command logout()
{
    return Command("LOGOUT");
}
Command startTls()
{
    return Command("STARTTLS");
}
Command namespaces()
{
    return Command("NAMESPACE");
}
Command compress()
{
    return Command("COMPRESS").atom("DEFLATE");
}
Command close()
{
    return Command("CLOSE");
}
Command unselect()
{
    return Command("UNSELECT");
}
Command expunge()
{
    return Command("EXPUNGE");
}
Command idle()
{
    return Command("IDLE");
}

QByteArray idleDone()
{
    return QByteArrayLiteral("DONE\r\n");
}

Command login(QByteArrayView user, QByteArrayView password)
{
    return Command("LOGIN").string(user).string(password);
}

Command authenticate(QByteArrayView mechanism, const std::optional<QByteArray> &initialResponse)
{
    Command command("AUTHENTICATE");
    command.atom(mechanism);
    if (initialResponse)
        command.raw(initialResponse->isEmpty() ? QByteArrayView("=") : QByteArrayView(*initialResponse));
    return command;
}

Command enable(const QList<QByteArray> &capabilities)
{
    Command command("ENABLE");
    for (const QByteArray &c : capabilities)
        command.atom(c);
    return command;
}

Command id(const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    Command command("ID");
    if (fields.isEmpty())
        return command.atom("NIL");
    command.beginList();
    for (const auto &[field, value] : fields)
        command.quotedString(field).nstring(value);
    return command.endList();
}

Command select(const MailboxName &mailbox, const SelectOptions &options)
{
    Command command("SELECT");
    command.mailbox(mailbox);
    selectOptions(command, options);
    return command;
}

Command examine(const MailboxName &mailbox, const SelectOptions &options)
{
    Command command("EXAMINE");
    command.mailbox(mailbox);
    selectOptions(command, options);
    return command;
}

Command create(const MailboxName &mailbox, const QList<QByteArray> &specialUse)
{
    Command command("CREATE");
    command.mailbox(mailbox);
    if (!specialUse.isEmpty())
        command.beginList().atom("USE").flagList(specialUse).endList();
    return command;
}

Command deleteMailbox(const MailboxName &mailbox)
{
    return Command("DELETE").mailbox(mailbox);
}
Command rename(const MailboxName &from, const MailboxName &to)
{
    return Command("RENAME").mailbox(from).mailbox(to);
}
Command subscribe(const MailboxName &mailbox)
{
    return Command("SUBSCRIBE").mailbox(mailbox);
}
Command unsubscribe(const MailboxName &mailbox)
{
    return Command("UNSUBSCRIBE").mailbox(mailbox);
}

Command list(QByteArrayView reference, QByteArrayView pattern, const QList<QByteArray> &selection,
             const QList<QByteArray> &returnOptions)
{
    Command command("LIST");
    if (!selection.isEmpty()) {
        command.beginList();
        for (const QByteArray &option : selection)
            command.atom(option);
        command.endList();
    }
    // list-mailbox may hold the wildcards "%" and "*", which are not atom
    // characters, so patterns are always quoted or sent as literals.
    command.string(reference).quotedString(pattern);
    if (!returnOptions.isEmpty()) {
        command.atom("RETURN").beginList();
        for (const QByteArray &option : returnOptions)
            command.raw(option);
        command.endList();
    }
    return command;
}

Command lsub(QByteArrayView reference, QByteArrayView pattern)
{
    return Command("LSUB").string(reference).quotedString(pattern);
}

Command status(const MailboxName &mailbox, const QList<QByteArray> &items)
{
    Command command("STATUS");
    command.mailbox(mailbox).beginList();
    for (const QByteArray &item : items)
        command.atom(item);
    return command.endList();
}

namespace {

// append-message (RFC 3502 §6.3.11): [SP flag-list] [SP date-time] SP literal.
void appendMessage(Command &command, const QList<QByteArray> &flags, const std::optional<InternalDate> &date,
                   QByteArrayView message, bool binary)
{
    if (!flags.isEmpty())
        command.flagList(flags);
    if (date)
        command.dateTime(*date);
    command.literal(message, binary);
}

} // namespace

Command append(const MailboxName &mailbox, const QList<QByteArray> &flags, const std::optional<InternalDate> &date,
               QByteArrayView message, bool binary)
{
    Command command("APPEND");
    command.mailbox(mailbox);
    appendMessage(command, flags, date, message, binary);
    return command;
}

Command multiAppend(const MailboxName &mailbox, const QList<AppendMessage> &messages)
{
    Command command("APPEND");
    command.mailbox(mailbox);
    for (const AppendMessage &message : messages)
        appendMessage(command, message.flags, message.date, message.data, message.binary);
    return command;
}

Command uidExpunge(const SequenceSet &uids)
{
    return Command("UID EXPUNGE").sequenceSet(uids);
}

Command search(const SearchKey &key, SetKind kind, const QList<QByteArray> &returnOptions, bool utf8Accept)
{
    Command command = named(kind, "SEARCH");
    if (!returnOptions.isEmpty()) {
        command.atom("RETURN").beginList();
        for (const QByteArray &option : returnOptions)
            command.atom(option);
        command.endList();
    }
    searchProgram(command, key, utf8Accept);
    return command;
}

Command sort(const QList<QByteArray> &criteria, const SearchKey &key, SetKind kind, bool utf8Accept)
{
    Command command = named(kind, "SORT");
    command.beginList();
    for (const QByteArray &criterion : criteria)
        command.raw(criterion); // "REVERSE DATE" is two atoms
    command.endList();
    command.atom(key.needsCharset() && !utf8Accept ? "UTF-8" : "US-ASCII");
    command.searchKey(key);
    return command;
}

Command thread(QByteArrayView algorithm, const SearchKey &key, SetKind kind, bool utf8Accept)
{
    Command command = named(kind, "THREAD");
    command.atom(algorithm).atom(key.needsCharset() && !utf8Accept ? "UTF-8" : "US-ASCII");
    command.searchKey(key);
    return command;
}

Command fetch(const SequenceSet &set, const QList<QByteArray> &items, SetKind kind, std::optional<quint64> changedSince,
              bool vanished)
{
    Command command = named(kind, "FETCH");
    command.sequenceSet(set).beginList();
    for (const QByteArray &item : items)
        command.raw(item);
    command.endList();
    if (changedSince) {
        command.beginList().atom("CHANGEDSINCE").number(*changedSince);
        if (vanished)
            command.atom("VANISHED");
        command.endList();
    }
    return command;
}

Command store(const SequenceSet &set, StoreMode mode, const QList<QByteArray> &flags, SetKind kind, bool silent,
              std::optional<quint64> unchangedSince)
{
    Command command = named(kind, "STORE");
    command.sequenceSet(set);
    if (unchangedSince)
        command.beginList().atom("UNCHANGEDSINCE").number(*unchangedSince).endList();
    QByteArray item = mode == StoreMode::Add ? "+FLAGS" : mode == StoreMode::Remove ? "-FLAGS" : "FLAGS";
    if (silent)
        item += ".SILENT";
    return command.atom(item).flagList(flags);
}

Command copy(const SequenceSet &set, const MailboxName &mailbox, SetKind kind)
{
    return named(kind, "COPY").sequenceSet(set).mailbox(mailbox);
}

Command move(const SequenceSet &set, const MailboxName &mailbox, SetKind kind)
{
    return named(kind, "MOVE").sequenceSet(set).mailbox(mailbox);
}

Command getQuotaRoot(const MailboxName &mailbox)
{
    return Command("GETQUOTAROOT").mailbox(mailbox);
}
Command getQuota(QByteArrayView root)
{
    return Command("GETQUOTA").string(root);
}
Command getAcl(const MailboxName &mailbox)
{
    return Command("GETACL").mailbox(mailbox);
}
Command myRights(const MailboxName &mailbox)
{
    return Command("MYRIGHTS").mailbox(mailbox);
}

Command listRights(const MailboxName &mailbox, QByteArrayView identifier)
{
    return Command("LISTRIGHTS").mailbox(mailbox).string(identifier);
}

Command getMetadata(const MailboxName &mailbox, const QList<QByteArray> &entries)
{
    Command command("GETMETADATA");
    command.mailbox(mailbox).beginList();
    for (const QByteArray &entry : entries)
        command.string(entry);
    return command.endList();
}

Command setMetadata(const MailboxName &mailbox, const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    Command command("SETMETADATA");
    command.mailbox(mailbox).beginList();
    for (const auto &[entry, value] : entries)
        command.string(entry).nstring(value);
    return command.endList();
}

} // namespace Quail::Imap::Commands
