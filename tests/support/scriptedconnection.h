#pragma once

#include "serverscript.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace Quail::Test {

class ScriptedServerState;

// Plays one script on one accepted connection, on the server's thread, and
// reports into the shared state. Steps run in order; a step that needs the
// client (C:, C{}:, EXPECT_CLOSE), the TLS handshake, a timer or a draining
// socket makes the script wait, and any event resumes it.
//
// The client closing the connection is a failure unless the script expects
// it: at EXPECT_CLOSE or STALL, or while the server is still talking or
// waiting (S:, SEGMENT, LITERAL, WAIT, TLS) right before an EXPECT_CLOSE,
// STALL, CLOSE, RESET or the end of the script. A client that hangs up in the
// middle of the server's last words is doing what the script expects.
class ScriptedConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of socket, which is connected and not yet encrypted.
    ScriptedConnection(ScriptedServerState *state, int number, ServerScript script, const QSslConfiguration &tls,
                       QSslSocket *socket, QObject *parent = nullptr);
    ~ScriptedConnection() override;

    void start();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    enum class Progress { Done, Waiting, Stopped };

    void advance();
    Progress runStep(const ScriptStep &step);
    Progress send(const ScriptStep &step);
    Progress streamLiteral(const ScriptStep &step);
    Progress expectLine(const ScriptStep &step);
    Progress expectLiteral(const ScriptStep &step);
    Progress startTls(const ScriptStep &step);
    Progress wait(const ScriptStep &step);
    Progress stall();
    Progress expectClose(const ScriptStep &step);
    Progress closedDuringServerTurn(const ScriptStep &step);
    Progress close(bool reset);
    void endOfScript();

    void readSocket();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);

    bool closeIsExpected() const;
    QByteArray substitute(const QByteArray &bytes) const;
    qint64 pendingWrites() const;
    void fail(const ScriptStep *step, const QString &why);
    void finish();

    ScriptedServerState *m_state;
    const int m_number;
    const ServerScript m_script;
    const QSslConfiguration m_tls;
    QSslSocket *m_socket;
    QTimer m_timer;

    qsizetype m_step = 0;
    qsizetype m_reportedStep = -1;
    bool m_stepStarted = false; // the current step's one-off work (timer, handshake) is done
    bool m_timerFired = false;
    qint64 m_literalSent = 0;
    QByteArray m_fillChunk;

    QByteArray m_pending; // received, not yet consumed by a C: or C{}: step
    QHash<QByteArray, QByteArray> m_captures;
    std::optional<qint64> m_announcedLiteral; // {n} at the end of the last client line
    QString m_socketError;

    bool m_encrypted = false;
    bool m_peerClosed = false;
    bool m_finished = false;
    bool m_advancing = false;
    bool m_advanceAgain = false;
};

} // namespace Quail::Test
