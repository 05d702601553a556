#pragma once

#include "imap/engine/engine.h"
#include "models/foldertreebuilder.h"

#include <QObject>
#include <QPointer>

namespace Quail::Models {

// Gathers one account's folder listing through an engine, choosing the
// commands by the server's capabilities, asynchronously:
//   NAMESPACE (when offered; refused or absent: everything is personal)
//   LIST "" "*" RETURN (SUBSCRIBED CHILDREN [SPECIAL-USE] [STATUS (MESSAGES UNSEEN)])
//       with LIST-EXTENDED; LIST-STATUS brings the counts in the same round trip
//   or XLIST "" "*" (Gmail before SPECIAL-USE) / LIST "" "*", then LSUB "" "*"
//   one more LIST per other-users or shared namespace prefix, for servers whose
//       "*" stays inside the personal namespace (duplicates are merged)
// listed() hands over the listing; without LIST-STATUS, one STATUS per
// selectable folder follows, each reported by statusReceived(), so the tree
// shows before the counts. finished() ends a run; failed() ends it early.
// One run per loader.
class FolderListLoader : public QObject
{
    Q_OBJECT

public:
    FolderListLoader(Imap::Engine *engine, const QString &accountId, bool wantCounts, QObject *parent = nullptr);

    void start();

    // The STATUS items the tree shows.
    static QList<QByteArray> statusItems();

Q_SIGNALS:
    void listed(const Quail::Models::FolderListing &listing);
    void statusReceived(const Quail::Imap::StatusData &status);
    void finished();
    void failed(const QString &message);

private:
    void send(const Imap::Command &command, std::function<void(const Imap::CommandResult &)> then);
    void listNamespaces();
    void listMailboxes();
    void listNextNamespace();
    void listSubscriptions();
    void done();
    void statusNext();

    QPointer<Imap::Engine> m_engine;
    QString m_accountId;
    bool m_wantCounts = true;
    bool m_extended = false;
    bool m_listStatus = false;
    FolderListing m_listing;
    QList<QByteArray> m_namespacePatterns;
    QList<Imap::MailboxName> m_statusQueue;
};

} // namespace Quail::Models
