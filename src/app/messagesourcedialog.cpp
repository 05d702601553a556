#include "app/messagesourcedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace Quail::App {

QString rawMailText(const QByteArray &bytes, qsizetype maxBytes)
{
    qsizetype cut = qMin(bytes.size(), maxBytes);
    // A cut inside a UTF-8 sequence is no reason to fall back to Latin-1:
    // end before the sequence instead.
    for (int back = 0; back < 3 && cut > 0 && cut < bytes.size() && (uchar(bytes.at(cut)) & 0xc0) == 0x80; ++back)
        --cut;
    const QByteArrayView shown(bytes.constData(), cut);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(shown);
    if (utf8.hasError())
        text = QString::fromLatin1(shown);
    if (cut < bytes.size()) {
        text +=
            u'\n' + MessageSourceDialog::tr("[%1 more not shown]").arg(QLocale().formattedDataSize(bytes.size() - cut));
    }
    return text;
}

MessageSourceDialog::MessageSourceDialog(const QString &subject, const QByteArray &source, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("messageSourceDialog"));
    setWindowTitle(subject.isEmpty() ? tr("Message Source") : tr("Source of “%1”").arg(subject));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(rawMailText(source));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(800, 600);
}

QString MessageSourceDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace Quail::App
