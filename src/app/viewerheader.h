#pragma once

#include <QFrame>

class QAction;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Quail::Imap {
class Envelope;
}

namespace Quail::App {

// The header lines above a message: Subject, From (display name and the
// real address, with a warning when the name shows another address: the
// "Composition Kills" trick, see Models::checkSender()), Reply-To when it
// differs, To, Cc and Date in the user's locale. All of it is plain,
// selectable text: nothing a sender wrote is ever read as markup.
class ViewerHeader : public QFrame
{
    Q_OBJECT

public:
    explicit ViewerHeader(QWidget *parent = nullptr);

    void setEnvelope(const Imap::Envelope &envelope);
    void clear();
    // The buttons at the top right show these (the pane owns them).
    void setActions(QAction *allHeaders, QAction *viewSource);
    // The message's whole header as sent, below the lines; empty hides it.
    void setAllHeaders(const QString &text);

    bool senderFlagged() const;

private:
    QLabel *addRow(const QString &label, const char *name);
    void setRow(QLabel *value, const QString &text);

    QLabel *m_subject;
    QFormLayout *m_form;
    QLabel *m_from;
    QLabel *m_senderWarning;
    QLabel *m_replyTo;
    QLabel *m_to;
    QLabel *m_cc;
    QLabel *m_date;
    QToolButton *m_allHeadersButton;
    QToolButton *m_sourceButton;
    QPlainTextEdit *m_allHeaders;
};

} // namespace Quail::App
