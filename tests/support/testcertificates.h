#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Quail::Test {

// Certificates for TLS tests, made with openssl when a test starts, in a
// temporary directory that goes away with this object (so no private key is
// ever committed or left behind). All keys are EC P-256, which keeps creation
// to a few tens of milliseconds.
//
// A client that trusts ca() (QSslConfiguration::addCaCertificate) accepts
// server() on 127.0.0.1 and localhost, and refuses the others with:
//   selfSigned(), changed()  QSslError::SelfSignedCertificate
//   expired()                QSslError::CertificateExpired
//   wrongHost()              QSslError::HostNameMismatch
// selfSigned() and changed() name the same hosts with different keys: pin the
// first (trust on first use), present the second, and the pin must not match.
class TestCertificates
{
public:
    struct Identity {
        QString certificateFile; // PEM
        QString keyFile; // PEM, PKCS#8, unencrypted
        QSslCertificate certificate;
        QSslKey key;
    };

    // nullptr, with *error saying why, if openssl is missing or fails.
    static std::unique_ptr<TestCertificates> create(QString *error);

    const Identity &ca() const { return m_ca; } // the test CA: trust this
    const Identity &server() const { return m_server; } // 127.0.0.1 and localhost, signed by ca(), 30 days
    const Identity &selfSigned() const { return m_selfSigned; } // same names, self-signed
    const Identity &changed() const { return m_changed; } // same names, self-signed, another key
    const Identity &expired() const { return m_expired; } // same names, signed by ca(), expired in 2020
    const Identity &wrongHost() const { return m_wrongHost; } // mail.example.invalid only, signed by ca()

    QString directory() const { return m_directory.path(); }

private:
    TestCertificates() = default;
    bool generate(QString *error);
    bool run(const QStringList &arguments, QString *error);
    bool load(Identity *identity, const QString &name, QString *error);
    QString path(const QString &name) const { return m_directory.filePath(name); }

    QTemporaryDir m_directory;
    QString m_openssl;
    Identity m_ca;
    Identity m_server;
    Identity m_selfSigned;
    Identity m_changed;
    Identity m_expired;
    Identity m_wrongHost;
};

} // namespace Quail::Test
