#include "models/commandrunner.h"

#include "models/foldermessages.h"

#include <QMetaObject>

namespace Quail::Models {

void runCommand(Imap::Engine *engine, const Imap::Command &command, QObject *context,
                std::function<void(const Imap::CommandResult &)> then, Imap::ResponseConsumer consumer)
{
    if (!engine) {
        QMetaObject::invokeMethod(
            context,
            [then = std::move(then)] {
                Imap::CommandResult result;
                result.status = Imap::CommandResult::Status::Failed;
                result.text = FolderMessages::tr("the account is not connected");
                then(result);
            },
            Qt::QueuedConnection);
        return;
    }
    Imap::CommandReply *reply = engine->execute(command, std::move(consumer));
    reply->setParent(context);
    QObject::connect(reply, &Imap::CommandReply::finished, context, [reply, then = std::move(then)] {
        // `then` may delete the context: unparent the reply first so that it
        // is not destroyed inside its own signal, only later.
        const Imap::CommandResult result = reply->takeResult();
        reply->setParent(nullptr);
        reply->deleteLater();
        then(result);
    });
}

} // namespace Quail::Models
