#pragma once

#include <QFrame>
#include <QHash>
#include <QList>
#include <QString>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Quail::App {

// The attachments of the shown message, one row each: icon, the name it
// would be saved under (sanitized, never the raw name the mail gave),
// type, size, and Save / Open. The bar only shows and reports; the pane
// does the saving and opening.
class AttachmentBar : public QFrame
{
    Q_OBJECT

public:
    struct Attachment {
        int part = -1; // the part model's index
        QString fileName; // sanitized
        QString mimeType;
        quint64 size = 0; // approximate decoded size
    };

    explicit AttachmentBar(QWidget *parent = nullptr);

    void setAttachments(const QList<Attachment> &attachments);
    int count() const { return int(m_rows.size()); }
    // While a part is saved or opened: its buttons wait, `status` says how far.
    void setBusy(int part, const QString &status);
    void setIdle(int part);

Q_SIGNALS:
    void saveRequested(int part);
    void openRequested(int part);

private:
    struct Row {
        QLabel *status = nullptr;
        QPushButton *save = nullptr;
        QPushButton *open = nullptr;
    };

    QLabel *m_title;
    QScrollArea *m_scroll;
    QWidget *m_rowsWidget = nullptr;
    QGridLayout *m_grid = nullptr;
    QHash<int, Row> m_rows;
};

} // namespace Quail::App
