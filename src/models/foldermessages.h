#pragma once

#include "imap/engine/commandresult.h"

#include <QCoreApplication>
#include <QString>

namespace Quail::Models {

// What the user asked the folder tree to do.
enum class FolderOperation { Create, Rename, Move, Delete, Subscribe, Unsubscribe };

// The sentences the folder tree shows people: one translation context for
// all of them.
class FolderMessages
{
    Q_DECLARE_TR_FUNCTIONS(Quail::Models::FolderMessages)

public:
    // Why `operation` on the folder at `path` failed, from the server's
    // response code (ALREADYEXISTS, NONEXISTENT, NOPERM, HASCHILDREN…) when
    // it gave one, otherwise quoting its text as the server's words.
    // `newPath` is the target of a rename or move.
    static QString failure(FolderOperation operation, const QString &path, const Imap::CommandResult &result,
                           const QString &newPath = {});

    static QString emptyName();
    static QString nameHoldsDelimiter(QChar delimiter);
    static QString noSubfolders(const QString &parentPath);
    static QString notAFolder();
    static QString notConnected(const QString &account);
    static QString inboxIsSpecial();
    static QString cannotDeleteWithChildren(const QString &path);
    static QString namespaceRoot(const QString &path);
    static QString cannotMoveIntoItself(const QString &path);
    static QString cannotMoveAcrossAccounts();
    // A notice, not a failure: the server deleted the folder but keeps its
    // name for the subfolders (RFC 9051 §6.3.5).
    static QString keptForSubfolders(const QString &path);
};

} // namespace Quail::Models
