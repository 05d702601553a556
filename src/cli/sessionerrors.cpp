#include "cli/sessionerrors.h"

#include <QCoreApplication>

namespace Quail::Cli {

namespace {

// This file's strings: their context in the catalogue, which lupdate reads
// from here (a free tr() function would hide it).
struct SessionErrorsText {
    Q_DECLARE_TR_FUNCTIONS(Quail::Cli::SessionErrors)
};

using Kind = Imap::SessionError::Kind;
using TransportKind = Imap::TransportError::Kind;

// The engine's sentences are for the GUI ("The server …"); the CLI's start
// in lower case after "quail-imap: ".
QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString certificateText(const Imap::TransportError &transport)
{
    if (!transport.certificate)
        return lowerFirst(transport.message);
    const Imap::CertificateDetails &details = *transport.certificate;
    QString text = details.errorStrings.join(QStringLiteral("; "));
    if (const Imap::CertificateSummary *leaf = details.leaf()) {
        text += SessionErrorsText::tr(" (subject %1, issuer %2, valid %3 to %4, SHA-256 %5)")
                    .arg(leaf->subject, leaf->issuer, leaf->notBefore.toString(Qt::ISODate),
                         leaf->notAfter.toString(Qt::ISODate), leaf->sha256Hex());
    }
    return text;
}

} // namespace

QString describeSessionError(const Imap::SessionError &error, const ErrorContext &context)
{
    const QString waitingFor = !context.runningCommand.isEmpty() ? QString::fromLatin1(context.runningCommand)
                                                                 : QString::fromLatin1(context.lastSent);
    switch (error.kind) {
    case Kind::Transport:
        if (error.transport) {
            switch (error.transport->kind) {
            case TransportKind::CertificateUntrusted:
                return SessionErrorsText::tr("certificate not trusted: %1").arg(certificateText(*error.transport));
            case TransportKind::CertificateChanged:
                return SessionErrorsText::tr("certificate changed: %1").arg(certificateText(*error.transport));
            case TransportKind::Timeout:
                return SessionErrorsText::tr("timed out after %1 s waiting for %2 to connect (TCP or TLS handshake)")
                    .arg(context.timeoutSeconds)
                    .arg(context.endpoint);
            case TransportKind::PlaintextInjection:
                return SessionErrorsText::tr("refusing to continue without TLS: %1").arg(lowerFirst(error.message));
            default:
                break;
            }
        }
        return SessionErrorsText::tr("connection failed: %1").arg(lowerFirst(error.message));
    case Kind::Protocol:
        if (error.parse) {
            return SessionErrorsText::tr("protocol error at byte %1 of response: %3 (response %2 of the session)")
                .arg(error.parse->offset)
                .arg(error.parse->response)
                .arg(lowerFirst(error.parse->reason));
        }
        return SessionErrorsText::tr("protocol error: %1").arg(lowerFirst(error.message));
    case Kind::Insecure:
        switch (error.insecure) {
        case Imap::SessionError::InsecureReason::PreauthBeforeTls:
            return SessionErrorsText::tr(
                "server sent PREAUTH on a connection that must switch to TLS first: refusing to continue "
                "without TLS");
        case Imap::SessionError::InsecureReason::StartTlsNotOffered:
            return SessionErrorsText::tr("server does not offer STARTTLS: refusing to continue without TLS");
        case Imap::SessionError::InsecureReason::StartTlsRefused:
        case Imap::SessionError::InsecureReason::DataAfterStartTls:
        case Imap::SessionError::InsecureReason::None:
            break;
        }
        return SessionErrorsText::tr("refusing to continue without TLS: %1").arg(lowerFirst(error.message));
    case Kind::AuthenticationFailed:
        return SessionErrorsText::tr("login failed: %1").arg(lowerFirst(error.message));
    case Kind::LoginUnavailable:
        return SessionErrorsText::tr("login temporarily unavailable: %1").arg(lowerFirst(error.message));
    case Kind::LoginRefused:
        return SessionErrorsText::tr("cannot log in: %1").arg(lowerFirst(error.message));
    case Kind::ServerClosed:
        if (!context.runningCommand.isEmpty())
            return SessionErrorsText::tr("connection closed by server during %1")
                .arg(QString::fromLatin1(context.runningCommand));
        if (!context.sawGreeting)
            return SessionErrorsText::tr("connection closed by server before its greeting");
        return SessionErrorsText::tr("connection closed by server: %1").arg(lowerFirst(error.message));
    case Kind::Timeout:
        if (!context.sawGreeting)
            return SessionErrorsText::tr("timed out after %1 s waiting for the server's greeting")
                .arg(context.timeoutSeconds);
        if (waitingFor.isEmpty())
            return SessionErrorsText::tr("timed out after %1 s waiting for the server").arg(context.timeoutSeconds);
        return SessionErrorsText::tr("timed out after %1 s waiting for the server to answer %2")
            .arg(context.timeoutSeconds)
            .arg(waitingFor);
    }
    return lowerFirst(error.message);
}

} // namespace Quail::Cli
