#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace Quail::Imap {

// One certificate of a chain, as a person needs to judge it.
struct CertificateSummary {
    QString subject;
    QString issuer;
    QStringList subjectAlternativeNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // raw digest of the DER encoding

    // "AB:CD:…", the form browsers and `openssl x509 -fingerprint` print.
    QString sha256Hex() const;

    static CertificateSummary fromCertificate(const QSslCertificate &certificate);
};

// What a TLS connection presented and what was wrong with it: carried by a
// certificate failure so that the GUI can show the chain and let the user
// decide whether to pin the leaf.
struct CertificateDetails {
    QList<CertificateSummary> chain; // leaf first
    QList<QSslError::SslError> errors;
    QStringList errorStrings;

    const CertificateSummary *leaf() const { return chain.isEmpty() ? nullptr : &chain.first(); }

    static CertificateDetails fromHandshake(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
};

} // namespace Quail::Imap
