#include "models/messagethreader.h"

#include "mime/encodedwords.h"
#include "mime/headerfield.h"
#include "mime/messageids.h"
#include "models/basesubject.h"

#include <QHash>

#include <algorithm>

namespace Quail::Models {

namespace {

// RFC 5256 §3's "container": a message, or a placeholder for one that
// others refer to.
struct Container {
    int message = -1; // index into the input; -1 for a placeholder
    int parent = -1;
    QList<int> children;
};

class Threader
{
public:
    explicit Threader(const QList<ThreadingInput> &messages)
        : m_messages(messages)
    {
    }

    Imap::ThreadData run()
    {
        linkByReferences();
        QList<int> roots;
        for (int c = 0; c < int(m_containers.size()); ++c) {
            if (m_containers[c].parent < 0)
                roots.append(c);
        }
        roots = prune(roots, true);
        sortSiblings(roots);
        roots = groupBySubject(roots);
        sortSiblings(roots);
        return flatten(roots);
    }

private:
    int containerFor(const QByteArray &id)
    {
        const auto it = m_byId.constFind(id);
        if (it != m_byId.cend())
            return *it;
        m_containers.push_back({});
        const int c = int(m_containers.size()) - 1;
        m_byId.insert(id, c);
        return c;
    }

    // Whether `child` may become a child of `parent`: not itself, not one of
    // its ancestors, and not deeper than the limit. Walks up from `parent`,
    // which the depth limit keeps short.
    bool mayLink(int parent, int child) const
    {
        int d = 0;
        for (int p = parent; p >= 0; p = m_containers[p].parent) {
            if (p == child || ++d >= maxThreadDepth())
                return false;
        }
        return true;
    }

    void setParent(int child, int parent)
    {
        Container &c = m_containers[child];
        if (c.parent >= 0)
            m_containers[c.parent].children.removeOne(child);
        c.parent = parent;
        if (parent >= 0)
            m_containers[parent].children.append(child);
    }

    // RFC 5256 §3 step 1.
    void linkByReferences()
    {
        for (int i = 0; i < m_messages.size(); ++i) {
            const ThreadingInput &message = m_messages.at(i);
            // A missing or repeated Message-ID gets an identifier that no
            // real one can equal (they all start with "<").
            QByteArray id = message.messageId;
            if (id.isEmpty() || (m_byId.contains(id) && m_containers[m_byId.value(id)].message >= 0))
                id = "#" + QByteArray::number(i);
            const int self = containerFor(id);
            m_containers[self].message = i;

            // A: link the references in order, where nothing links them yet.
            int previous = -1;
            for (const QByteArray &reference : message.references) {
                const int r = containerFor(reference);
                if (previous >= 0 && r != previous && m_containers[r].parent < 0 && mayLink(previous, r))
                    setParent(r, previous);
                previous = r;
            }
            // B: the message's own parent is its last reference, whatever a
            // guess from other messages said before.
            if (previous >= 0 && previous != self && mayLink(previous, self))
                setParent(self, previous);
            else if (message.references.isEmpty())
                setParent(self, -1);
        }
    }

    // RFC 5256 §3 step 3 (JWZ's pruning): placeholders without children
    // go; a placeholder's children take its place, except at the root,
    // where only a single child does.
    QList<int> prune(const QList<int> &level, bool atRoot)
    {
        QList<int> kept;
        for (const int c : level) {
            m_containers[c].children = prune(m_containers[c].children, false);
            Container &container = m_containers[c];
            if (container.message >= 0) {
                kept.append(c);
                continue;
            }
            if (container.children.isEmpty())
                continue;
            if (atRoot && container.children.size() > 1) {
                kept.append(c);
                continue;
            }
            for (const int child : std::as_const(container.children)) {
                m_containers[child].parent = container.parent;
                kept.append(child);
            }
            container.children.clear();
        }
        return kept;
    }

    // The message that speaks for a container: itself, or a placeholder's
    // first child (RFC 5256 §3 steps 4 and 5).
    const ThreadingInput *representative(int c) const
    {
        while (c >= 0 && m_containers[c].message < 0)
            c = m_containers[c].children.isEmpty() ? -1 : m_containers[c].children.first();
        return c >= 0 ? &m_messages.at(m_containers[c].message) : nullptr;
    }

    // Siblings by sent date, then by input (UID) order; children before
    // parents, since a placeholder sorts by its first child.
    void sortSiblings(QList<int> &level)
    {
        for (const int c : std::as_const(level))
            sortSiblings(m_containers[c].children);
        std::stable_sort(level.begin(), level.end(), [this](int a, int b) {
            const ThreadingInput *x = representative(a);
            const ThreadingInput *y = representative(b);
            if (!x || !y)
                return x != nullptr && y == nullptr;
            if (x->date != y->date)
                return x->date < y->date;
            return x->uid < y->uid;
        });
    }

    // RFC 5256 §3 step 5: roots with the same base subject are merged.
    QList<int> groupBySubject(const QList<int> &roots)
    {
        QHash<QString, int> table;
        const auto subjectOf = [this](int c) {
            const ThreadingInput *message = representative(c);
            return message ? baseSubject(message->subject) : BaseSubject{};
        };
        const auto isReply = [this](int c) {
            return m_containers[c].message >= 0
                && baseSubject(m_messages.at(m_containers[c].message).subject).isReplyOrForward;
        };
        for (const int r : roots) {
            const QString key = subjectOf(r).text.toCaseFolded();
            if (key.isEmpty())
                continue;
            const auto it = table.find(key);
            if (it == table.end()) {
                table.insert(key, r);
                continue;
            }
            const int old = *it;
            const bool rDummy = m_containers[r].message < 0;
            const bool oldDummy = m_containers[old].message < 0;
            if ((rDummy && !oldDummy) || (isReply(old) && !isReply(r)))
                *it = r;
        }

        QList<int> result;
        for (const int r : roots) {
            // Merged already, under a placeholder made for an earlier root.
            if (m_containers[r].parent >= 0)
                continue;
            const QString key = subjectOf(r).text.toCaseFolded();
            const auto it = table.find(key);
            if (key.isEmpty() || it == table.end() || *it == r) {
                result.append(r);
                continue;
            }
            const int t = *it;
            const bool rDummy = m_containers[r].message < 0;
            const bool tDummy = m_containers[t].message < 0;
            if (rDummy && tDummy) {
                for (const int child : QList<int>(m_containers[r].children))
                    setParent(child, t);
            } else if (tDummy || (isReply(r) && !isReply(t))) {
                setParent(r, t);
            } else {
                m_containers.push_back({});
                const int dummy = int(m_containers.size()) - 1;
                // The dummy takes the place of whichever of the two came
                // first among the roots.
                const qsizetype placed = result.indexOf(t);
                if (placed >= 0)
                    result.replace(placed, dummy);
                else
                    result.append(dummy);
                setParent(t, dummy);
                setParent(r, dummy);
                *it = dummy;
            }
        }
        return result;
    }

    // Depth-first, iteratively: the depth limit bounds the stack anyway,
    // but a flat loop needs no such argument.
    Imap::ThreadData flatten(const QList<int> &roots) const
    {
        Imap::ThreadData threads;
        QList<std::pair<int, qsizetype>> stack; // container, parent node
        for (auto it = roots.crbegin(); it != roots.crend(); ++it)
            stack.append({*it, -1});
        while (!stack.isEmpty()) {
            const auto [c, parent] = stack.takeLast();
            const Container &container = m_containers[c];
            const quint32 id = container.message >= 0 ? m_messages.at(container.message).uid : 0;
            threads.nodes.append({id, parent});
            const qsizetype node = threads.nodes.size() - 1;
            for (auto it = container.children.crbegin(); it != container.children.crend(); ++it)
                stack.append({*it, node});
        }
        return threads;
    }

    const QList<ThreadingInput> &m_messages;
    std::vector<Container> m_containers;
    QHash<QByteArray, int> m_byId;
};

} // namespace

QList<QByteArray> threadingFetchItems()
{
    return {"UID", "ENVELOPE", "INTERNALDATE", "BODY.PEEK[HEADER.FIELDS (REFERENCES)]"};
}

ThreadingInput threadingInput(const Imap::FetchData &data)
{
    ThreadingInput input;
    input.uid = data.uid.value_or(0);
    for (const Imap::BodySection &section : data.sections) {
        if (section.section.text == Imap::Section::Text::HeaderFields && section.section.fields.contains("REFERENCES"))
            input.references = Mime::messageIds(Mime::headerField(section.data, "References"));
    }
    if (data.envelope) {
        const Imap::Envelope &envelope = *data.envelope;
        const QList<QByteArray> ids = Mime::messageIds(envelope.messageId());
        input.messageId = ids.isEmpty() ? QByteArray() : ids.first();
        // RFC 5256 §3 step 1: In-Reply-To's first identifier when there
        // are no References.
        if (input.references.isEmpty()) {
            const QList<QByteArray> inReplyTo = Mime::messageIds(envelope.inReplyTo());
            if (!inReplyTo.isEmpty())
                input.references = {inReplyTo.first()};
        }
        input.subject = Mime::decodeHeader(envelope.subject());
        // RFC 5256 §2.2: the sent date, or INTERNALDATE when the Date
        // header is missing or unreadable.
        input.date = QDateTime::fromString(QString::fromLatin1(envelope.date()).simplified(), Qt::RFC2822Date);
    }
    if (!input.date.isValid() && data.internalDate)
        input.date = data.internalDate->toDateTime();
    input.date = input.date.toUTC();
    return input;
}

Imap::ThreadData threadMessages(const QList<ThreadingInput> &messages)
{
    return Threader(messages).run();
}

} // namespace Quail::Models
