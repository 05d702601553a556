#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace Quail::Models {

// Runs `work` on a pool thread, then `then(result)` on the GUI thread,
// unless `context` was destroyed meanwhile. For what would hold the GUI
// thread too long: sorting, threading, decoding a batch of envelopes.
//
// The result travels through the application object, which outlives every
// model, and the guard is only read on the GUI thread, so a model destroyed
// while its work runs is never touched. `work` must not touch the model.
template<typename Work, typename Then>
void runOffThread(QObject *context, Work work, Then then)
{
    QThreadPool::globalInstance()->start(
        [work = std::move(work), then = std::move(then), guard = QPointer<QObject>(context)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, then = std::move(then), result = std::move(result)]() mutable {
                    if (guard)
                        then(std::move(result));
                },
                Qt::QueuedConnection);
        });
}

} // namespace Quail::Models
