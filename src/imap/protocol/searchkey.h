#pragma once

#include "imap/protocol/sequenceset.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Quail::Imap {

class Command;

// A SEARCH criterion as a tree (RFC 9051 §6.4.4), turned into IMAP syntax by
// Command::searchKey(). Every user-supplied string goes through the
// command's string encoding (atom, quoted or literal), so no criterion can
// inject syntax; keywords are checked like flags.
//
//     SearchKey::And({SearchKey::unseen(), SearchKey::from(u"anna"),
//                     SearchKey::Or(SearchKey::since(date), SearchKey::flagged())})
//
// Trees are built by the client, never from server data, so encoding them
// recursively is safe.
class SearchKey
{
public:
    static SearchKey all() { return flag("ALL"); }
    static SearchKey seen() { return flag("SEEN"); }
    static SearchKey unseen() { return flag("UNSEEN"); }
    static SearchKey answered() { return flag("ANSWERED"); }
    static SearchKey unanswered() { return flag("UNANSWERED"); }
    static SearchKey flagged() { return flag("FLAGGED"); }
    static SearchKey unflagged() { return flag("UNFLAGGED"); }
    static SearchKey deleted() { return flag("DELETED"); }
    static SearchKey undeleted() { return flag("UNDELETED"); }
    static SearchKey draft() { return flag("DRAFT"); }
    static SearchKey undraft() { return flag("UNDRAFT"); }
    static SearchKey keyword(QByteArrayView keyword);
    static SearchKey unkeyword(QByteArrayView keyword);

    static SearchKey from(QStringView text) { return text2("FROM", text); }
    static SearchKey to(QStringView text) { return text2("TO", text); }
    static SearchKey cc(QStringView text) { return text2("CC", text); }
    static SearchKey bcc(QStringView text) { return text2("BCC", text); }
    static SearchKey subject(QStringView text) { return text2("SUBJECT", text); }
    static SearchKey body(QStringView text) { return text2("BODY", text); }
    static SearchKey text(QStringView text) { return text2("TEXT", text); }
    static SearchKey header(QByteArrayView field, QStringView value);

    static SearchKey before(QDate date) { return dated("BEFORE", date); }
    static SearchKey on(QDate date) { return dated("ON", date); }
    static SearchKey since(QDate date) { return dated("SINCE", date); }
    static SearchKey sentBefore(QDate date) { return dated("SENTBEFORE", date); }
    static SearchKey sentOn(QDate date) { return dated("SENTON", date); }
    static SearchKey sentSince(QDate date) { return dated("SENTSINCE", date); }
    static SearchKey larger(quint64 size) { return numbered("LARGER", size); }
    static SearchKey smaller(quint64 size) { return numbered("SMALLER", size); }
    static SearchKey olderThan(quint64 seconds) { return numbered("OLDER", seconds); } // RFC 5032
    static SearchKey youngerThan(quint64 seconds) { return numbered("YOUNGER", seconds); }
    static SearchKey modSeqAtLeast(quint64 modSeq) { return numbered("MODSEQ", modSeq); } // RFC 7162
    static SearchKey uids(const SequenceSet &set);
    static SearchKey sequence(const SequenceSet &set);
    static SearchKey emailId(QByteArrayView id); // RFC 8474
    static SearchKey threadId(QByteArrayView id);
    static SearchKey gmailRaw(QStringView query); // X-GM-RAW
    static SearchKey gmailThreadId(quint64 id) { return numbered("X-GM-THRID", id); }
    static SearchKey gmailMessageId(quint64 id) { return numbered("X-GM-MSGID", id); }

    static SearchKey And(QList<SearchKey> keys);
    static SearchKey Or(const SearchKey &a, const SearchKey &b);
    static SearchKey Not(const SearchKey &key);

    // Whether a string holds non-ASCII text, so that the SEARCH command needs
    // "CHARSET UTF-8" (unless UTF8=ACCEPT is enabled, RFC 9755 §3).
    bool needsCharset() const;

    void appendTo(Command &command) const;

private:
    enum class Kind { Flag, Keyword, Text, Header, Date, Number, Set, Atom, And, Or, Not };

    static SearchKey flag(const char *name);
    static SearchKey text2(const char *name, QStringView text);
    static SearchKey dated(const char *name, QDate date);
    static SearchKey numbered(const char *name, quint64 number);

    Kind m_kind = Kind::Flag;
    QByteArray m_name;
    QByteArray m_first;
    QByteArray m_second;
    quint64 m_number = 0;
    SequenceSet m_set;
    QList<SearchKey> m_children;
};

} // namespace Quail::Imap
