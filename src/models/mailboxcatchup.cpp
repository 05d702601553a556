#include "models/mailboxcatchup.h"

#include "models/commandrunner.h"

#include <QMetaObject>

#include <algorithm>

namespace Quail::Models {

using Imap::CommandResult;
using Imap::SequenceSet;

namespace {

// Known UIDs make the server's VANISHED answer smaller, but they are
// optional (RFC 7162 §3.2.5): a long, gappy list is not worth its line.
constexpr qsizetype MaxKnownUidsBytes = 1000;

bool qresyncEnabled(const Imap::SessionInfo &info)
{
    return std::any_of(info.enabled.cbegin(), info.enabled.cend(),
                       [](const QByteArray &name) { return name.compare("QRESYNC", Qt::CaseInsensitive) == 0; });
}

} // namespace

MailboxCatchUp::MailboxCatchUp(Imap::Engine *engine, const Imap::MailboxName &mailbox, bool readOnly, Known known,
                               QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_mailbox(mailbox)
    , m_readOnly(readOnly)
    , m_known(std::move(known))
{
}

void MailboxCatchUp::start()
{
    if (!m_engine) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("the account is not connected")); }, Qt::QueuedConnection);
        return;
    }
    const Imap::SessionInfo &info = m_engine->info();
    const bool haveModSeq = m_known.uidValidity && m_known.highestModSeq && *m_known.highestModSeq > 0;
    Imap::Commands::SelectOptions options;
    if (haveModSeq && qresyncEnabled(info)) {
        m_result.method = CatchUpResult::Method::Qresync;
        options.uidValidity = m_known.uidValidity;
        options.modSeq = *m_known.highestModSeq;
        const SequenceSet known = SequenceSet::fromNumbers(m_known.uids);
        if (known.toByteArray().size() <= MaxKnownUidsBytes)
            options.knownUids = known;
    } else if (haveModSeq && info.capabilities.has("CONDSTORE")) {
        m_result.method = CatchUpResult::Method::CondStore;
        options.condStore = true;
    }
    Imap::CommandReply *reply = m_engine->select(m_mailbox, m_readOnly, options, Imap::Engine::Reselect::ByCaller);
    reply->setParent(this);
    connect(reply, &Imap::CommandReply::finished, this, [this, reply] {
        const CommandResult result = reply->result();
        reply->setParent(nullptr);
        reply->deleteLater();
        onSelected(result);
    });
}

void MailboxCatchUp::onSelected(const CommandResult &selected)
{
    if (!selected.ok()) {
        fail(selected.status == CommandResult::Status::Failed
                 ? selected.text
                 : tr("the server refused to open the folder again; it said: “%1”").arg(selected.text));
        return;
    }
    for (const Imap::Response &response : selected.responses) {
        if (const auto *exists = response.get<Imap::ExistsData>()) {
            m_result.exists = exists->count;
        } else if (const Imap::StatusResponse *status = response.status()) {
            if (status->code.type == Imap::ResponseCode::Type::UidValidity)
                m_result.uidValidity = quint32(status->code.number);
            else if (status->code.type == Imap::ResponseCode::Type::HighestModSeq)
                m_result.highestModSeq = status->code.number;
        }
    }
    if (m_result.uidValidity != m_known.uidValidity) {
        m_result.outcome = CatchUpResult::Outcome::UidValidityChanged;
        Q_EMIT finished(m_result);
        return;
    }
    if (m_result.method == CatchUpResult::Method::Qresync) {
        // RFC 7162 §3.2.5.2: the reply itself holds what changed.
        for (const Imap::VanishedData &vanished : selected.all<Imap::VanishedData>()) {
            for (const quint32 uid : m_known.uids) {
                if (vanished.uids.contains(uid))
                    m_result.removed.append(uid);
            }
        }
        takeFlags(selected);
        finish();
        return;
    }
    if (m_result.exists == 0) {
        // Nothing to search or fetch: every message held is gone.
        m_result.removed = m_known.uids;
        finish();
        return;
    }
    runCommand(m_engine, Imap::Commands::search(Imap::SearchKey::all(), Imap::Commands::SetKind::Uid), this,
               [this](const CommandResult &searched) { onSearched(searched); });
}

void MailboxCatchUp::onSearched(const CommandResult &searched)
{
    if (!searched.ok()) {
        fail(searched.status == CommandResult::Status::Failed
                 ? searched.text
                 : tr("the server refused to list the folder's messages; it said: “%1”").arg(searched.text));
        return;
    }
    QList<quint32> present;
    for (const Imap::SearchData &data : searched.all<Imap::SearchData>())
        present += data.numbers;
    std::sort(present.begin(), present.end());
    std::set_difference(m_known.uids.cbegin(), m_known.uids.cend(), present.cbegin(), present.cend(),
                        std::back_inserter(m_result.removed));
    const std::optional<quint64> since =
        m_result.method == CatchUpResult::Method::CondStore ? m_known.highestModSeq : std::optional<quint64>();
    runCommand(
        m_engine,
        Imap::Commands::fetch(SequenceSet::range(1, SequenceSet::Star), {"FLAGS"}, Imap::Commands::SetKind::Uid, since),
        this, [this](const CommandResult &fetched) { onFlags(fetched); });
}

void MailboxCatchUp::onFlags(const CommandResult &fetched)
{
    if (!fetched.ok()) {
        fail(fetched.status == CommandResult::Status::Failed
                 ? fetched.text
                 : tr("the server refused to send the messages' flags; it said: “%1”").arg(fetched.text));
        return;
    }
    takeFlags(fetched);
    finish();
}

void MailboxCatchUp::takeFlags(const CommandResult &result)
{
    for (const Imap::FetchData &data : result.all<Imap::FetchData>()) {
        if (data.uid && data.flags && std::binary_search(m_known.uids.cbegin(), m_known.uids.cend(), *data.uid))
            m_result.flags.append({*data.uid, *data.flags});
    }
}

void MailboxCatchUp::finish()
{
    m_result.outcome = CatchUpResult::Outcome::Done;
    Q_EMIT finished(m_result);
}

void MailboxCatchUp::fail(const QString &error)
{
    m_result.outcome = CatchUpResult::Outcome::Failed;
    m_result.error = error;
    Q_EMIT finished(m_result);
}

} // namespace Quail::Models
