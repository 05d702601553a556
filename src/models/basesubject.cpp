#include "models/basesubject.h"

namespace Quail::Models {

namespace {

bool isWsp(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Step 1: runs of white space (and line breaks left by unfolding) become one
// space, and the ends are trimmed.
QString collapseWhitespace(QStringView subject)
{
    QString out;
    out.reserve(subject.size());
    bool space = false;
    for (const QChar c : subject) {
        if (isWsp(c) || c == u'\r' || c == u'\n') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

// Step 2: subj-trailer = "(fwd)" / WSP, repeatedly from the end.
bool removeTrailers(QString &subject)
{
    bool removed = false;
    for (;;) {
        if (!subject.isEmpty() && isWsp(subject.back())) {
            subject.chop(1);
        } else if (subject.endsWith(u"(fwd)", Qt::CaseInsensitive)) {
            subject.chop(5);
            removed = true;
        } else {
            return removed;
        }
    }
}

// subj-blob = "[" *BLOBCHAR "]" *WSP, BLOBCHAR being anything but "[" and
// "]". Returns its length at `from`, or 0.
qsizetype blobLength(QStringView subject, qsizetype from)
{
    if (from >= subject.size() || subject.at(from) != u'[')
        return 0;
    qsizetype i = from + 1;
    while (i < subject.size() && subject.at(i) != u'[' && subject.at(i) != u']')
        ++i;
    if (i >= subject.size() || subject.at(i) != u']')
        return 0;
    ++i;
    while (i < subject.size() && isWsp(subject.at(i)))
        ++i;
    return i - from;
}

// subj-refwd = ("re" / ("fw" ["d"])) *WSP [subj-blob] ":". Returns its
// length at `from`, or 0.
qsizetype refwdLength(QStringView subject, qsizetype from)
{
    const QStringView rest = subject.mid(from);
    qsizetype i = 0;
    if (rest.startsWith(u"re", Qt::CaseInsensitive))
        i = 2;
    else if (rest.startsWith(u"fwd", Qt::CaseInsensitive))
        i = 3;
    else if (rest.startsWith(u"fw", Qt::CaseInsensitive))
        i = 2;
    else
        return 0;
    while (i < rest.size() && isWsp(rest.at(i)))
        ++i;
    i += blobLength(rest, i);
    if (i < rest.size() && rest.at(i) == u':')
        return i + 1;
    return 0;
}

// Steps 3 to 5: subj-leader = (*subj-blob subj-refwd) / WSP, and a leading
// subj-blob when something is left after it, until nothing changes.
bool removeLeaders(QString &subject)
{
    bool replyOrForward = false;
    for (bool changed = true; changed;) {
        changed = false;
        // Step 3.
        for (;;) {
            if (!subject.isEmpty() && isWsp(subject.front())) {
                subject.remove(0, 1);
                changed = true;
                continue;
            }
            qsizetype blobs = 0;
            while (const qsizetype blob = blobLength(subject, blobs))
                blobs += blob;
            if (const qsizetype refwd = refwdLength(subject, blobs)) {
                subject.remove(0, blobs + refwd);
                replyOrForward = true;
                changed = true;
                continue;
            }
            break;
        }
        // Step 4.
        const qsizetype blob = blobLength(subject, 0);
        if (blob > 0 && blob < subject.size()) {
            subject.remove(0, blob);
            changed = true;
        }
    }
    return replyOrForward;
}

} // namespace

BaseSubject baseSubject(QStringView original)
{
    BaseSubject result;
    QString subject = collapseWhitespace(original);
    for (;;) {
        result.isReplyOrForward |= removeTrailers(subject);
        result.isReplyOrForward |= removeLeaders(subject);
        // Step 6: subj-fwd = "[fwd:" base-subject "]".
        if (subject.startsWith(u"[fwd:", Qt::CaseInsensitive) && subject.endsWith(u']')) {
            subject = subject.mid(5, subject.size() - 6);
            result.isReplyOrForward = true;
            continue;
        }
        break;
    }
    result.text = subject;
    return result;
}

} // namespace Quail::Models
