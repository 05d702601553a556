#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Quail::App {

// Raw bytes of a mail as text for people: UTF-8 when they are valid UTF-8,
// else Latin-1 (every byte stays visible, none becomes U+FFFD); cut after
// `maxBytes` with a note, so that a 30 MB source does not freeze the view.
QString rawMailText(const QByteArray &bytes, qsizetype maxBytes = 4 * 1024 * 1024);

// A message's source as the server holds it, read-only, in a fixed font.
class MessageSourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MessageSourceDialog(const QString &subject, const QByteArray &source, QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace Quail::App
