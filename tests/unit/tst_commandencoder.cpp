// The command encoder: atom, quoted string or literal for each argument,
// synchronizing and non-synchronizing literals, refusal of anything that
// could inject a command, and the builders for every command of the engine.

#include "imap/protocol/commands.h"
#include "imap/protocol/responsereader.h"
#include "imap/protocol/taggenerator.h"

#include <QTest>

using namespace Quail::Imap;

Q_DECLARE_METATYPE(Quail::Imap::EncoderOptions)

namespace {

EncoderOptions plain()
{
    return {};
}

EncoderOptions literalPlus()
{
    EncoderOptions o;
    o.literalPlus = true;
    return o;
}

EncoderOptions literalMinus()
{
    EncoderOptions o;
    o.literalMinus = true;
    return o;
}

EncoderOptions utf8()
{
    EncoderOptions o;
    o.utf8Accept = true;
    return o;
}

// The parts joined with "|" where the encoder waits for "+", or "INVALID".
QByteArray wire(const Command &command, const EncoderOptions &options = {})
{
    const auto encoded = command.encode("A1", options);
    if (!encoded)
        return "INVALID";
    return encoded->parts.join('|');
}

MailboxName box(const char *wire)
{
    return MailboxName::fromWire(wire);
}

} // namespace

class TestCommandEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void commands_data();
    void commands();
    void injectionIsImpossible_data();
    void injectionIsImpossible();
    void stringsRoundTripThroughTheParser_data();
    void stringsRoundTripThroughTheParser();
    void splitsLongSets();
    void tags();
};

void TestCommandEncoder::strings_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<EncoderOptions>("options");
    QTest::addColumn<QByteArray>("expected");

    auto row = [](const char *name, const QByteArray &argument, EncoderOptions options, const char *expected) {
        QTest::newRow(name) << argument << options << QByteArray(expected);
    };
    row("atom", "INBOX", plain(), "A1 X INBOX\r\n");
    row("atom with dots", "a.b-c_d", plain(), "A1 X a.b-c_d\r\n");
    row("empty", "", plain(), "A1 X \"\"\r\n");
    row("space", "Sent Items", plain(), "A1 X \"Sent Items\"\r\n");
    row("quote", "say \"hi\"", plain(), "A1 X \"say \\\"hi\\\"\"\r\n");
    row("backslash", "a\\b", plain(), "A1 X \"a\\\\b\"\r\n");
    row("parentheses", "a(b)", plain(), "A1 X \"a(b)\"\r\n");
    row("brace", "{5}", plain(), "A1 X \"{5}\"\r\n");
    row("bracket", "[Gmail]", plain(), "A1 X \"[Gmail]\"\r\n");
    row("percent", "50%", plain(), "A1 X \"50%\"\r\n");
    row("star", "*", plain(), "A1 X \"*\"\r\n");
    row("NIL is quoted", "NIL", plain(), "A1 X \"NIL\"\r\n");
    row("nil is quoted", "nil", plain(), "A1 X \"nil\"\r\n");
    row("backquote", "`rm -rf`", plain(), "A1 X \"`rm -rf`\"\r\n");
    row("tab", "a\tb", plain(), "A1 X \"a\tb\"\r\n");
    row("8-bit", "K\xc3\xb6ln", plain(), "A1 X {5}\r\n|K\xc3\xb6ln\r\n");
    row("8-bit utf8 accept", "K\xc3\xb6ln", utf8(), "A1 X \"K\xc3\xb6ln\"\r\n");
    row("invalid utf8 with utf8 accept", "K\xff", utf8(), "A1 X {2}\r\n|K\xff\r\n");
    row("CR LF", "a\r\nb", plain(), "A1 X {4}\r\n|a\r\nb\r\n");
    row("LF", "a\nb", plain(), "A1 X {3}\r\n|a\nb\r\n");
    row("CR", "a\rb", plain(), "A1 X {3}\r\n|a\rb\r\n");
    row("literal plus", "a\r\nb", literalPlus(), "A1 X {4+}\r\na\r\nb\r\n");
    row("literal minus small", "a\r\nb", literalMinus(), "A1 X {4+}\r\na\r\nb\r\n");
    row("literal minus 4096", QByteArray(4095, 'x') + '\n', literalMinus(),
        QByteArray("A1 X {4096+}\r\n" + QByteArray(4095, 'x') + "\n\r\n").constData());
    row("literal minus 4097", QByteArray(4096, 'x') + '\n', literalMinus(),
        QByteArray("A1 X {4097}\r\n|" + QByteArray(4096, 'x') + "\n\r\n").constData());
    row("long string", QByteArray(1025, 'a') + ' ', plain(),
        QByteArray("A1 X {1026}\r\n|" + QByteArray(1025, 'a') + " \r\n").constData());
    row("long atom", QByteArray(2000, 'a'), plain(), QByteArray("A1 X " + QByteArray(2000, 'a') + "\r\n").constData());
    row("NUL", QByteArray("a\0b", 3), plain(), "INVALID");
    row("NUL with literal plus", QByteArray("a\0b", 3), literalPlus(), "INVALID");
}

void TestCommandEncoder::strings()
{
    QFETCH(QByteArray, argument);
    QFETCH(EncoderOptions, options);
    QFETCH(QByteArray, expected);
    QCOMPARE(wire(Command("X").string(QByteArrayView(argument)), options), expected);
}

void TestCommandEncoder::commands_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");
    using namespace Commands;

    auto row = [](const char *name, const Command &command, const QByteArray &expected, EncoderOptions o = {}) {
        QTest::newRow(name) << wire(command, o) << expected;
    };
    const SequenceSet set = *SequenceSet::parse("1:5,7");
    const QDate date(1994, 2, 1);

    row("capability", capability(), "A1 CAPABILITY\r\n");
    row("noop", noop(), "A1 NOOP\r\n");
    row("logout", logout(), "A1 LOGOUT\r\n");
    row("starttls", startTls(), "A1 STARTTLS\r\n");
    row("namespace", namespaces(), "A1 NAMESPACE\r\n");
    row("compress", compress(), "A1 COMPRESS DEFLATE\r\n");
    row("login atoms", login("smith", "sesame"), "A1 LOGIN smith sesame\r\n");
    row("login quoted password", login("smith", "se\"s am\\e"), "A1 LOGIN smith \"se\\\"s am\\\\e\"\r\n");
    row("login 8-bit password", login("smith", "p\xc3\xa4ss"), "A1 LOGIN smith {5}\r\n|p\xc3\xa4ss\r\n");
    row("login 8-bit password literal+", login("smith", "p\xc3\xa4ss"), "A1 LOGIN smith {5+}\r\np\xc3\xa4ss\r\n",
        literalPlus());
    row("login empty", login("", ""), "A1 LOGIN \"\" \"\"\r\n");
    row("authenticate", authenticate("PLAIN"), "A1 AUTHENTICATE PLAIN\r\n");
    row("authenticate sasl-ir", authenticate("PLAIN", QByteArray("AHNtaXRoAHNlc2FtZQ==")),
        "A1 AUTHENTICATE PLAIN AHNtaXRoAHNlc2FtZQ==\r\n");
    row("authenticate empty ir", authenticate("EXTERNAL", QByteArray("")), "A1 AUTHENTICATE EXTERNAL =\r\n");
    row("authenticate bad ir", authenticate("PLAIN", QByteArray("a\r\nb")), "INVALID");
    row("enable", enable({"QRESYNC", "UTF8=ACCEPT"}), "A1 ENABLE QRESYNC UTF8=ACCEPT\r\n");
    row("id", id({{"name", "Quail"}, {"version", "0.1"}}), "A1 ID (\"name\" \"Quail\" \"version\" \"0.1\")\r\n");
    row("id nil", id({}), "A1 ID NIL\r\n");
    row("id nil value", id({{"name", QByteArray()}}), "A1 ID (\"name\" NIL)\r\n");
    row("select", select(box("INBOX")), "A1 SELECT INBOX\r\n");
    row("select quoted", select(box("Sent Items")), "A1 SELECT \"Sent Items\"\r\n");
    row("select utf7", select(MailboxName::fromString(u"Entwürfe")), "A1 SELECT Entw&APw-rfe\r\n");
    row("select utf8", select(MailboxName::fromString(u"Entwürfe", MailboxName::Encoding::Utf8)),
        "A1 SELECT \"Entw\xc3\xbcrfe\"\r\n", utf8());
    row("select condstore", select(box("INBOX"), {true, {}, 0, {}}), "A1 SELECT INBOX (CONDSTORE)\r\n");
    row("select qresync", select(box("INBOX"), {false, 67890007u, 90060115194045000ull, {}}),
        "A1 SELECT INBOX (QRESYNC (67890007 90060115194045000))\r\n");
    row("select qresync known", select(box("INBOX"), {false, 67890007u, 20010715194045000ull, set}),
        "A1 SELECT INBOX (QRESYNC (67890007 20010715194045000 1:5,7))\r\n");
    row("select invalid utf7 raw", select(box("&AGE")), "A1 SELECT &AGE\r\n");
    row("examine", examine(box("blurdybloop")), "A1 EXAMINE blurdybloop\r\n");
    row("create", create(box("owatagusiam/")), "A1 CREATE owatagusiam/\r\n");
    row("create special-use", create(box("MySpecial"), {"\\Drafts", "\\Sent"}),
        "A1 CREATE MySpecial (USE (\\Drafts \\Sent))\r\n");
    row("create bad special-use", create(box("x"), {"\\Sent)"}), "INVALID");
    row("delete", deleteMailbox(box("blurdybloop")), "A1 DELETE blurdybloop\r\n");
    row("rename", rename(box("blurdybloop"), box("sarasoop")), "A1 RENAME blurdybloop sarasoop\r\n");
    row("rename inbox", rename(box("inbox"), box("old-mail")), "A1 RENAME INBOX old-mail\r\n");
    row("subscribe", subscribe(box("#news.comp.mail.mime")), "A1 SUBSCRIBE #news.comp.mail.mime\r\n");
    row("unsubscribe", unsubscribe(box("#news.comp.mail.mime")), "A1 UNSUBSCRIBE #news.comp.mail.mime\r\n");
    row("list", list("", "*"), "A1 LIST \"\" \"*\"\r\n");
    row("list percent", list("~/Mail/", "%"), "A1 LIST ~/Mail/ \"%\"\r\n");
    row("list extended", list("", "*", {"SUBSCRIBED"}, {"CHILDREN", "SPECIAL-USE", "STATUS (MESSAGES UNSEEN)"}),
        "A1 LIST (SUBSCRIBED) \"\" \"*\" RETURN (CHILDREN SPECIAL-USE STATUS (MESSAGES UNSEEN))\r\n");
    row("list bad return", list("", "*", {}, {"CHILDREN\r\nA2 DELETE INBOX"}), "INVALID");
    row("lsub", lsub("#news.", "comp.mail.*"), "A1 LSUB #news. \"comp.mail.*\"\r\n");
    row("status", status(box("blurdybloop"), {"UIDNEXT", "MESSAGES"}), "A1 STATUS blurdybloop (UIDNEXT MESSAGES)\r\n");
    row("status bad item", status(box("x"), {"UID NEXT"}), "INVALID");
    row("append", append(box("saved-messages"), {"\\Seen"}, {}, "Subject: x\r\n\r\nhi\r\n"),
        "A1 APPEND saved-messages (\\Seen) {18}\r\n|Subject: x\r\n\r\nhi\r\n\r\n");
    row("append literal+", append(box("Drafts"), {}, {}, "abc"), "A1 APPEND Drafts {3+}\r\nabc\r\n", literalPlus());
    row("append date", append(box("Drafts"), {"\\Draft"}, InternalDate::parse("17-Jul-1996 02:44:25 -0700"), "abc"),
        "A1 APPEND Drafts (\\Draft) \"17-Jul-1996 02:44:25 -0700\" {3}\r\n|abc\r\n");
    row("append binary", append(box("Drafts"), {}, {}, QByteArray("a\0b", 3), true),
        QByteArray("A1 APPEND Drafts ~{3}\r\n|a\0b\r\n", 29));
    row("append nul not binary", append(box("Drafts"), {}, {}, QByteArray("a\0b", 3)), "INVALID");
    row("append bad flag", append(box("Drafts"), {"\\Seen \\Deleted"}, {}, "x"), "INVALID");
    row("close", close(), "A1 CLOSE\r\n");
    row("unselect", unselect(), "A1 UNSELECT\r\n");
    row("expunge", expunge(), "A1 EXPUNGE\r\n");
    row("uid expunge", uidExpunge(set), "A1 UID EXPUNGE 1:5,7\r\n");
    row("uid expunge empty", uidExpunge({}), "INVALID");
    row("idle", idle(), "A1 IDLE\r\n");
    row("search flags",
        search(
            SearchKey::And({SearchKey::flagged(), SearchKey::since(date), SearchKey::Not(SearchKey::from(u"Smith"))}),
            SetKind::Sequence),
        "A1 SEARCH (FLAGGED SINCE 1-Feb-1994 NOT FROM Smith)\r\n");
    row("search uid", search(SearchKey::unseen()), "A1 UID SEARCH UNSEEN\r\n");
    row("search charset", search(SearchKey::subject(u"Grüße")),
        "A1 UID SEARCH CHARSET UTF-8 SUBJECT {7}\r\n|Gr\xc3\xbc\xc3\x9f"
        "e\r\n");
    row("search charset literal+", search(SearchKey::subject(u"Grüße")),
        "A1 UID SEARCH CHARSET UTF-8 SUBJECT {7+}\r\nGr\xc3\xbc\xc3\x9f"
        "e\r\n",
        literalPlus());
    row("search utf8 accept", search(SearchKey::subject(u"Grüße"), SetKind::Uid, {}, true),
        "A1 UID SEARCH SUBJECT \"Gr\xc3\xbc\xc3\x9f"
        "e\"\r\n",
        utf8());
    row("search return", search(SearchKey::all(), SetKind::Uid, {"MIN", "COUNT"}),
        "A1 UID SEARCH RETURN (MIN COUNT) ALL\r\n");
    row("search exchange all", search(SearchKey::all(), SetKind::Uid, {"ALL"}), "A1 UID SEARCH RETURN (ALL) ALL\r\n");
    row("search or", search(SearchKey::Or(SearchKey::seen(), SearchKey::keyword("$Junk"))),
        "A1 UID SEARCH OR SEEN KEYWORD $Junk\r\n");
    row("search bad keyword", search(SearchKey::keyword("a b")), "INVALID");
    row("search header", search(SearchKey::header("Message-ID", u"<a@b>")),
        "A1 UID SEARCH HEADER Message-ID <a@b>\r\n");
    row("search header quoted", search(SearchKey::header("X-Note", u"a \"b\"")),
        "A1 UID SEARCH HEADER X-Note \"a \\\"b\\\"\"\r\n");
    row("search uid set", search(SearchKey::uids(set)), "A1 UID SEARCH UID 1:5,7\r\n");
    row("search sequence set", search(SearchKey::sequence(set)), "A1 UID SEARCH 1:5,7\r\n");
    row("search sizes", search(SearchKey::And({SearchKey::larger(1000), SearchKey::smaller(5000)})),
        "A1 UID SEARCH (LARGER 1000 SMALLER 5000)\r\n");
    row("search empty and", search(SearchKey::And({})), "A1 UID SEARCH ALL\r\n");
    row("search modseq", search(SearchKey::modSeqAtLeast(620162338)), "A1 UID SEARCH MODSEQ 620162338\r\n");
    row("search within", search(SearchKey::youngerThan(604800)), "A1 UID SEARCH YOUNGER 604800\r\n");
    row("search emailid", search(SearchKey::emailId("M6d99ac3275bb4e")), "A1 UID SEARCH EMAILID M6d99ac3275bb4e\r\n");
    row("search emailid injection", search(SearchKey::emailId("x y")), "INVALID");
    row("search threadid", search(SearchKey::threadId("T64b478a75b7ea9")),
        "A1 UID SEARCH THREADID T64b478a75b7ea9\r\n");
    row("search gmail raw", search(SearchKey::gmailRaw(u"has:attachment in:unread")),
        "A1 UID SEARCH X-GM-RAW \"has:attachment in:unread\"\r\n");
    row("search gmail thrid", search(SearchKey::gmailThreadId(1266894439832287888ull)),
        "A1 UID SEARCH X-GM-THRID 1266894439832287888\r\n");
    row("search sent dates",
        search(SearchKey::And({SearchKey::sentSince(date), SearchKey::sentBefore(QDate(2000, 12, 31))})),
        "A1 UID SEARCH (SENTSINCE 1-Feb-1994 SENTBEFORE 31-Dec-2000)\r\n");
    row("search invalid date", search(SearchKey::on(QDate())), "INVALID");
    row("search crlf text", search(SearchKey::body(u"a\r\nA2 LOGOUT")),
        "A1 UID SEARCH BODY {12}\r\n|a\r\nA2 LOGOUT\r\n");
    row("sort", sort({"REVERSE DATE"}, SearchKey::all()), "A1 UID SORT (REVERSE DATE) US-ASCII ALL\r\n");
    row("sort utf8", sort({"SUBJECT"}, SearchKey::subject(u"é")),
        "A1 UID SORT (SUBJECT) UTF-8 SUBJECT {2}\r\n|\xc3\xa9\r\n");
    row("thread", Commands::thread("REFERENCES", SearchKey::all(), SetKind::Sequence),
        "A1 THREAD REFERENCES US-ASCII ALL\r\n");
    row("fetch", fetch(set, {"UID", "FLAGS", "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]"}),
        "A1 UID FETCH 1:5,7 (UID FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)])\r\n");
    row("fetch sequence", fetch(SequenceSet::range(1, SequenceSet::Star), {"FLAGS"}, SetKind::Sequence),
        "A1 FETCH 1:* (FLAGS)\r\n");
    row("fetch changedsince", fetch(SequenceSet::range(1, SequenceSet::Star), {"FLAGS"}, SetKind::Uid, 12345, true),
        "A1 UID FETCH 1:* (FLAGS) (CHANGEDSINCE 12345 VANISHED)\r\n");
    row("fetch injection", fetch(set, {"FLAGS)\r\nA2 DELETE INBOX"}), "INVALID");
    row("fetch empty set", fetch({}, {"FLAGS"}), "INVALID");
    row("store add", store(set, StoreMode::Add, {"\\Deleted"}), "A1 UID STORE 1:5,7 +FLAGS.SILENT (\\Deleted)\r\n");
    row("store remove", store(set, StoreMode::Remove, {"\\Seen"}, SetKind::Sequence, false),
        "A1 STORE 1:5,7 -FLAGS (\\Seen)\r\n");
    row("store replace", store(set, StoreMode::Replace, {}), "A1 UID STORE 1:5,7 FLAGS.SILENT ()\r\n");
    row("store unchangedsince", store(set, StoreMode::Add, {"$Junk"}, SetKind::Uid, true, 320162338),
        "A1 UID STORE 1:5,7 (UNCHANGEDSINCE 320162338) +FLAGS.SILENT ($Junk)\r\n");
    row("store flag with space", store(set, StoreMode::Add, {"a b"}), "INVALID");
    row("store flag with paren", store(set, StoreMode::Add, {"a)"}), "INVALID");
    row("store flag with crlf", store(set, StoreMode::Add, {"a\r\n"}), "INVALID");
    row("store flag with nul", store(set, StoreMode::Add, {QByteArray("a\0", 2)}), "INVALID");
    row("store wildcard flag", store(set, StoreMode::Add, {"\\*"}), "INVALID");
    row("copy", copy(set, box("MEETING")), "A1 UID COPY 1:5,7 MEETING\r\n");
    row("copy quoted", copy(set, box("Deleted Items")), "A1 UID COPY 1:5,7 \"Deleted Items\"\r\n");
    row("move", move(set, box("[Gmail]/Trash"), SetKind::Sequence), "A1 MOVE 1:5,7 \"[Gmail]/Trash\"\r\n");
    row("getquotaroot", getQuotaRoot(box("INBOX")), "A1 GETQUOTAROOT INBOX\r\n");
    row("getquota", getQuota(""), "A1 GETQUOTA \"\"\r\n");
    row("getacl", getAcl(box("INBOX")), "A1 GETACL INBOX\r\n");
    row("myrights", myRights(box("INBOX")), "A1 MYRIGHTS INBOX\r\n");
    row("listrights", listRights(box("~/Mail/saved"), "smith"), "A1 LISTRIGHTS ~/Mail/saved smith\r\n");
    row("getmetadata", getMetadata(box("INBOX"), {"/private/comment"}), "A1 GETMETADATA INBOX (/private/comment)\r\n");
    row("setmetadata", setMetadata(box("INBOX"), {{"/private/comment", "My comment"}, {"/shared/x", QByteArray()}}),
        "A1 SETMETADATA INBOX (/private/comment \"My comment\" /shared/x NIL)\r\n");
    row("bad command name", Command("FOO BAR("), "INVALID");
    row("empty command name", Command(""), "INVALID");
    row("atom with space", Command("X").atom("a b"), "INVALID");
    row("raw with crlf", Command("X").raw("a\r\n"), "INVALID");
    row("nested lists", Command("X").beginList().beginList().atom("a").endList().atom("b").endList(),
        "A1 X ((a) b)\r\n");
}

void TestCommandEncoder::commands()
{
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QCOMPARE(actual, expected);
    QCOMPARE(Commands::idleDone(), QByteArray("DONE\r\n"));
}

void TestCommandEncoder::injectionIsImpossible_data()
{
    QTest::addColumn<QByteArray>("hostile");
    // Security case 29: every mailbox, term and flag a user or a message can
    // supply.
    QTest::newRow("CRLF command") << QByteArray("INBOX\r\nA2 DELETE INBOX");
    QTest::newRow("LF command") << QByteArray("INBOX\nA2 DELETE INBOX");
    QTest::newRow("CR") << QByteArray("x\ry");
    QTest::newRow("quote break-out") << QByteArray("x\" A2 LOGOUT");
    QTest::newRow("backslash quote") << QByteArray("x\\\" y");
    QTest::newRow("fake literal") << QByteArray("{5}\r\nhello");
    QTest::newRow("fake literal plus") << QByteArray("x {5+}");
    QTest::newRow("8-bit") << QByteArray("\xff\xfe");
    QTest::newRow("backquotes") << QByteArray("`id`");
    QTest::newRow("parentheses") << QByteArray(") (");
    QTest::newRow("long") << QByteArray(5000, '"');
}

void TestCommandEncoder::injectionIsImpossible()
{
    QFETCH(QByteArray, hostile);
    const QList<Command> commands = {
        Commands::select(MailboxName::fromWire(hostile)),
        Commands::search(SearchKey::subject(QString::fromUtf8(hostile))),
        Commands::login(hostile, hostile),
        Commands::rename(MailboxName::fromWire(hostile), MailboxName::fromWire(hostile)),
        Commands::list(hostile, hostile),
    };
    for (const EncoderOptions &options : {plain(), literalPlus(), literalMinus(), utf8()}) {
        for (const Command &command : commands) {
            const auto encoded = command.encode("A1", options);
            QVERIFY(encoded);
            // Whatever the parts, reading the bytes back as a stream of
            // lines and literals gives exactly one command: every CRLF that
            // is not inside a literal ends a line that announces a literal,
            // except the last.
            const QByteArray all = encoded->joined();
            qsizetype pos = 0;
            int lines = 0;
            while (pos < all.size()) {
                const qsizetype crlf = all.indexOf("\r\n", pos);
                QVERIFY(crlf >= 0);
                ++lines;
                const QByteArray line = all.mid(pos, crlf - pos);
                pos = crlf + 2;
                if (line.endsWith('}')) {
                    const qsizetype open = line.lastIndexOf('{');
                    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
                    if (digits.endsWith('+'))
                        digits.chop(1);
                    pos += digits.toLongLong();
                } else {
                    QCOMPARE(pos, all.size());
                }
                // No NUL, and the line itself never holds a CR or LF.
                QVERIFY(!line.contains('\0'));
            }
            QVERIFY(lines >= 1);
            QVERIFY(all.startsWith("A1 "));
        }
    }
    // Flags are never carried in literals: refused instead. Only the
    // backquotes are legal atom characters.
    QCOMPARE(Commands::store(SequenceSet::single(1), Commands::StoreMode::Add, {hostile}).isValid(), hostile == "`id`");
}

void TestCommandEncoder::stringsRoundTripThroughTheParser_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<EncoderOptions>("options");
    const QList<QByteArray> names = {"INBOX",
                                     "Sent Items",
                                     "a\"b\\c",
                                     "",
                                     "K\xc3\xb6ln",
                                     "x\r\ny",
                                     "&AGE",
                                     "[Gmail]/All Mail",
                                     QByteArray(3000, 'q'),
                                     "{3}",
                                     "NIL",
                                     "\x01\x7f"};
    int i = 0;
    for (const QByteArray &name : names) {
        QTest::addRow("plain %d", i) << name << plain();
        QTest::addRow("literal+ %d", i) << name << literalPlus();
        QTest::addRow("utf8 %d", i++) << name << utf8();
    }
}

void TestCommandEncoder::stringsRoundTripThroughTheParser()
{
    QFETCH(QByteArray, name);
    QFETCH(EncoderOptions, options);
    // The string syntax is the same in both directions: encode a mailbox
    // name, put it in a LIST response, and the parser gives it back.
    const auto encoded = Command("LIST")
                             .beginList()
                             .endList()
                             .quotedString("/")
                             .mailbox(MailboxName::fromWire(name))
                             .encode("A1", options);
    QVERIFY(encoded);
    ResponseReader reader;
    reader.feed(QByteArray("*" + encoded->joined().mid(2)));
    const auto result = reader.next();
    QVERIFY(result);
    const auto *response = std::get_if<Response>(&*result);
    QVERIFY(response);
    QCOMPARE(response->get<ListData>()->mailbox, MailboxName::fromWire(name));
}

void TestCommandEncoder::splitsLongSets()
{
    QList<quint32> uids;
    for (quint32 uid = 1; uid < 100000; uid += 2)
        uids.append(uid);
    const SequenceSet set = SequenceSet::fromNumbers(uids);
    const QList<Command> commands = Commands::splitBySet(
        set, 1000, [](const SequenceSet &part) { return Commands::store(part, Commands::StoreMode::Add, {"\\Seen"}); });
    QVERIFY(commands.size() > 300);
    quint64 total = 0;
    for (const Command &command : commands) {
        const auto encoded = command.encode("A12345");
        QVERIFY(encoded);
        QVERIFY(encoded->joined().size() <= 1000);
    }
    for (const Command &command : commands) {
        const QByteArray line = command.encode("A1")->joined();
        const QByteArray setText = line.split(' ').at(3);
        total += SequenceSet::parse(setText)->count();
    }
    QCOMPARE(total, quint64(uids.size()));
}

void TestCommandEncoder::tags()
{
    QCOMPARE(TagGenerator::int2ap(0), QByteArray("A"));
    QCOMPARE(TagGenerator::int2ap(15), QByteArray("P"));
    QCOMPARE(TagGenerator::int2ap(16), QByteArray("BA"));
    QCOMPARE(TagGenerator::int2ap(0xabc), QByteArray("KLM"));
    TagGenerator fixed("Q");
    QCOMPARE(fixed.next(), QByteArray("Q1"));
    QCOMPARE(fixed.next(), QByteArray("Q2"));
    TagGenerator random;
    QVERIFY(random.prefix().size() >= 3);
    for (const char c : random.prefix())
        QVERIFY(c >= 'A' && c <= 'P');
    QVERIFY(Commands::noop().encode(random.next()));
    // Tags are ASTRING-CHARs without "+".
    QVERIFY(!Commands::noop().encode("A+1"));
    QVERIFY(!Commands::noop().encode("A 1"));
    QVERIFY(!Commands::noop().encode(""));
    QVERIFY(!Commands::noop().encode("A\r\n"));
}

QTEST_GUILESS_MAIN(TestCommandEncoder)
#include "tst_commandencoder.moc"
