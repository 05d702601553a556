#include "testcertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Quail::Test {

namespace {

// A configuration of our own, so neither the system's openssl.cnf nor
// OPENSSL_CONF changes what gets made. `openssl ca` is used for the signed
// certificates because it alone (in OpenSSL 3.0) can set both dates, which
// the expired certificate needs.
constexpr auto Configuration = R"([ req ]
distinguished_name = req_dn
prompt = no

[ req_dn ]
CN = unused

[ ca ]
default_ca = test_ca

[ test_ca ]
database = index.txt
new_certs_dir = issued
rand_serial = yes
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no

[ policy_any ]
commonName = supplied
organizationName = optional

[ ca_ext ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash

# Self-signed, so its own issuer: like the Dovecot fixture's certificate.
[ self_signed_ext ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,digitalSignature,keyCertSign
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = IP:127.0.0.1,DNS:localhost

[ leaf_ext ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = IP:127.0.0.1,DNS:localhost

[ wrong_host_ext ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:mail.example.invalid
)";

QStringList newKey()
{
    return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
}

} // namespace

std::unique_ptr<TestCertificates> TestCertificates::create(QString *error)
{
    std::unique_ptr<TestCertificates> certificates(new TestCertificates);
    if (!certificates->generate(error))
        return nullptr;
    return certificates;
}

bool TestCertificates::run(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error =
            QStringLiteral("openssl %1 failed: %2 %3")
                .arg(arguments.join(u' '), process.errorString(), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool TestCertificates::load(Identity *identity, const QString &name, QString *error)
{
    identity->certificateFile = path(name + QStringLiteral(".pem"));
    identity->keyFile = path(name + QStringLiteral(".key"));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(identity->certificateFile, QSsl::Pem);
    QFile keyFile(identity->keyFile);
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificate or key openssl wrote for %1").arg(name);
        return false;
    }
    identity->certificate = certificates.first();
    identity->key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    if (identity->key.isNull()) {
        *error = QStringLiteral("Qt cannot load the key openssl wrote for %1").arg(name);
        return false;
    }
    return true;
}

bool TestCertificates::generate(QString *error)
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty()) {
        *error = QStringLiteral("openssl is not installed: run tools/bootstrap, or apt-get install openssl");
        return false;
    }
    if (!m_directory.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_directory.errorString());
        return false;
    }
    QFile configuration(path(QStringLiteral("openssl.cnf")));
    QFile database(path(QStringLiteral("index.txt")));
    if (!configuration.open(QIODevice::WriteOnly) || configuration.write(Configuration) < 0
        || !database.open(QIODevice::WriteOnly) || !QDir(m_directory.path()).mkdir(QStringLiteral("issued"))) {
        *error = QStringLiteral("cannot write openssl's files in %1").arg(m_directory.path());
        return false;
    }
    configuration.close();
    database.close();

    const QString config = QStringLiteral("openssl.cnf");
    const auto selfSigned = [&](const QString &name, const QString &subject, const QString &extensions) {
        return run(
            QStringList{QStringLiteral("req"), QStringLiteral("-config"), config, QStringLiteral("-x509")} + newKey()
                + QStringList{QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), subject,
                              QStringLiteral("-extensions"), extensions, QStringLiteral("-keyout"),
                              name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".pem")},
            error);
    };
    // Signed by the CA for [start, end), given as openssl's YYYYMMDDHHMMSSZ.
    const auto signedByCa = [&](const QString &name, const QString &subject, const QString &extensions,
                                const QDateTime &start, const QDateTime &end) {
        const auto stamp = [](const QDateTime &time) -> QString {
            return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral("Z");
        };
        return run(QStringList{QStringLiteral("req"), QStringLiteral("-config"), config, QStringLiteral("-new")}
                       + newKey()
                       + QStringList{QStringLiteral("-subj"), subject, QStringLiteral("-keyout"),
                                     name + QStringLiteral(".key"), QStringLiteral("-out"),
                                     name + QStringLiteral(".csr")},
                   error)
            && run({QStringLiteral("ca"), QStringLiteral("-config"), config, QStringLiteral("-batch"),
                    QStringLiteral("-notext"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                    QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                    QStringLiteral("-startdate"), stamp(start), QStringLiteral("-enddate"), stamp(end),
                    QStringLiteral("-extensions"), extensions},
                   error);
    };

    // Valid from a day ago, so a client's clock a little behind still accepts it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = now.addDays(-1);
    const QDateTime until = now.addDays(30);
    const QDateTime expiredFrom(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime expiredUntil(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC);
    return selfSigned(QStringLiteral("ca"), QStringLiteral("/CN=Quail test CA"), QStringLiteral("ca_ext"))
        && selfSigned(QStringLiteral("selfsigned"), QStringLiteral("/CN=localhost/O=Quail self-signed"),
                      QStringLiteral("self_signed_ext"))
        && selfSigned(QStringLiteral("changed"), QStringLiteral("/CN=localhost/O=Quail self-signed"),
                      QStringLiteral("self_signed_ext"))
        && signedByCa(QStringLiteral("server"), QStringLiteral("/CN=localhost/O=Quail scripted server"),
                      QStringLiteral("leaf_ext"), from, until)
        && signedByCa(QStringLiteral("expired"), QStringLiteral("/CN=localhost/O=Quail expired"),
                      QStringLiteral("leaf_ext"), expiredFrom, expiredUntil)
        && signedByCa(QStringLiteral("wronghost"), QStringLiteral("/CN=mail.example.invalid/O=Quail wrong host"),
                      QStringLiteral("wrong_host_ext"), from, until)
        && load(&m_ca, QStringLiteral("ca"), error) && load(&m_server, QStringLiteral("server"), error)
        && load(&m_selfSigned, QStringLiteral("selfsigned"), error)
        && load(&m_changed, QStringLiteral("changed"), error) && load(&m_expired, QStringLiteral("expired"), error)
        && load(&m_wrongHost, QStringLiteral("wronghost"), error);
}

} // namespace Quail::Test
