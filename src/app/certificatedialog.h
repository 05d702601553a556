#pragma once

#include "imap/transport/certificatedetails.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class CertificateDialog;
}

namespace Quail::App {

// What the server of an account presented when its certificate was not
// trusted, for the user to judge: subject, issuer, validity, the leaf's
// SHA-256 fingerprint and what is wrong with it.
//
// For an unknown certificate it offers Reject, Accept Once (for this run
// only, nothing saved) and Always Trust (pin the fingerprint shown). For a
// certificate that differs from the one pinned it is a warning, not a
// question: it shows both fingerprints and offers only to stay offline,
// since a changed certificate may be an attacker's and replacing a pin must
// be a deliberate act (`quail-imap account trust`), not a click.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Reject, AcceptOnce, AlwaysTrust };
    Q_ENUM(Decision)

    // `pinnedSha256` is the account's pin; when set, the certificate changed.
    CertificateDialog(const QString &accountName, const QString &server, const Imap::CertificateDetails &details,
                      const QByteArray &pinnedSha256, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    bool isChangedWarning() const { return m_changed; }
    // The leaf the dialog shows, which is exactly what Always Trust pins.
    const Imap::CertificateSummary &certificate() const { return m_leaf; }

Q_SIGNALS:
    // Once, when the user chose (closing the dialog is Reject).
    void decided(Quail::App::CertificateDialog::Decision decision);

private:
    void decide(Decision decision);

    std::unique_ptr<Ui::CertificateDialog> m_ui;
    Imap::CertificateSummary m_leaf;
    bool m_changed = false;
    bool m_decided = false;
};

} // namespace Quail::App
