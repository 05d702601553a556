#include "imap/transport/certificatedetails.h"

namespace Quail::Imap {

QString CertificateSummary::sha256Hex() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

CertificateSummary CertificateSummary::fromCertificate(const QSslCertificate &certificate)
{
    CertificateSummary summary;
    summary.subject = certificate.subjectDisplayName();
    summary.issuer = certificate.issuerDisplayName();
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        summary.subjectAlternativeNames.append(it.value());
    summary.notBefore = certificate.effectiveDate();
    summary.notAfter = certificate.expiryDate();
    summary.sha256 = certificate.digest(QCryptographicHash::Sha256);
    return summary;
}

CertificateDetails CertificateDetails::fromHandshake(const QList<QSslCertificate> &chain,
                                                     const QList<QSslError> &errors)
{
    CertificateDetails details;
    for (const QSslCertificate &certificate : chain)
        details.chain.append(CertificateSummary::fromCertificate(certificate));
    for (const QSslError &error : errors) {
        details.errors.append(error.error());
        details.errorStrings.append(error.errorString());
    }
    return details;
}

} // namespace Quail::Imap
