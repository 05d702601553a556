#pragma once

#include <QString>

namespace Quail::Models {

// The base subject of RFC 5256 §2.1, which SORT SUBJECT and threading by
// subject compare: "Re: [list] Fwd: Hello (fwd)" and "hello" are the same
// conversation. Compared case-insensitively by the callers.
struct BaseSubject {
    QString text;
    // Something was removed that marks a reply or forward ("Re:", "Fwd:",
    // "(fwd)", "[fwd: …]"): threading prefers a message without it as the
    // parent of one with it.
    bool isReplyOrForward = false;
};

BaseSubject baseSubject(QStringView subject);

} // namespace Quail::Models
