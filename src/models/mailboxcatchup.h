#pragma once

#include "imap/engine/engine.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

namespace Quail::Models {

// What a catch-up found: the changes to apply to the rows held.
struct CatchUpResult {
    enum class Outcome {
        Done,
        UidValidityChanged, // every UID held is void: reload
        Failed, // see error
    };
    // How the changes were learnt, strongest first.
    enum class Method {
        Qresync, // SELECT (QRESYNC (…)): VANISHED (EARLIER) and changed FETCH in its reply
        CondStore, // UID SEARCH ALL, then UID FETCH 1:* (FLAGS) (CHANGEDSINCE …)
        UidSearch, // UID SEARCH ALL, then UID FETCH 1:* (FLAGS)
    };

    Outcome outcome = Outcome::Failed;
    Method method = Method::UidSearch;
    QString error;
    quint32 exists = 0;
    std::optional<quint32> uidValidity;
    std::optional<quint64> highestModSeq;
    // Held UIDs the server no longer has.
    QList<quint32> removed;
    // Flags of held messages as the server has them now (changed ones, or all).
    QList<std::pair<quint32, Imap::Flags>> flags;
};

// Brings a folder the message list holds up to date after a reconnect,
// rather than listing it again (RFC 7162 §3.2.5, §3.1.4; RFC 4549 §4.3): it
// selects the folder with what the list knows (UIDVALIDITY, HIGHESTMODSEQ,
// the UIDs held) and reports what changed. It only reads; the model applies
// the result, so the same step can later resynchronise a persistent cache.
//
// The SELECT is the engine's select() with Reselect::ByCaller: the model
// takes over the reselection the engine would otherwise do on its own.
class MailboxCatchUp : public QObject
{
    Q_OBJECT

public:
    struct Known {
        std::optional<quint32> uidValidity;
        std::optional<quint64> highestModSeq;
        QList<quint32> uids; // ascending
    };

    MailboxCatchUp(Imap::Engine *engine, const Imap::MailboxName &mailbox, bool readOnly, Known known,
                   QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const Quail::Models::CatchUpResult &result);

private:
    void onSelected(const Imap::CommandResult &selected);
    void onSearched(const Imap::CommandResult &searched);
    void onFlags(const Imap::CommandResult &fetched);
    void finish();
    void fail(const QString &error);
    // Keeps the flags of held UIDs from FETCH data.
    void takeFlags(const Imap::CommandResult &result);

    QPointer<Imap::Engine> m_engine;
    Imap::MailboxName m_mailbox;
    bool m_readOnly;
    Known m_known;
    CatchUpResult m_result;
};

} // namespace Quail::Models
