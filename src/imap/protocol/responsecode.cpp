#include "imap/protocol/responsecode.h"

#include "imap/protocol/atomtable.h"

namespace Quail::Imap {

namespace {

using Type = ResponseCode::Type;

// In the order of ResponseCode::Type, starting at Alert.
const Detail::AtomTable &codeTable()
{
    static const Detail::AtomTable table{"ALERT",
                                         "BADCHARSET",
                                         "CAPABILITY",
                                         "PARSE",
                                         "PERMANENTFLAGS",
                                         "READ-ONLY",
                                         "READ-WRITE",
                                         "TRYCREATE",
                                         "UIDNEXT",
                                         "UIDVALIDITY",
                                         "UNSEEN",
                                         "CLOSED",
                                         "ALREADYEXISTS",
                                         "NONEXISTENT",
                                         "OVERQUOTA",
                                         "LIMIT",
                                         "INUSE",
                                         "EXPUNGEISSUED",
                                         "AUTHENTICATIONFAILED",
                                         "AUTHORIZATIONFAILED",
                                         "EXPIRED",
                                         "PRIVACYREQUIRED",
                                         "CONTACTADMIN",
                                         "NOPERM",
                                         "CANNOT",
                                         "SERVERBUG",
                                         "CLIENTBUG",
                                         "CORRUPTION",
                                         "UNAVAILABLE",
                                         "HASCHILDREN",
                                         "NOTSAVED",
                                         "UNKNOWN-CTE",
                                         "USEATTR",
                                         "HIGHESTMODSEQ",
                                         "NOMODSEQ",
                                         "MODIFIED",
                                         "APPENDUID",
                                         "COPYUID",
                                         "UIDNOTSTICKY",
                                         "REFERRAL",
                                         "MAILBOXID",
                                         "APPENDLIMIT",
                                         "METADATA"};
    return table;
}

} // namespace

ResponseCode::Type ResponseCode::typeFromName(QByteArrayView name)
{
    const int index = codeTable().indexOf(name);
    return index < 0 ? Type::Unknown : Type(int(Type::Alert) + index);
}

} // namespace Quail::Imap
