#include "models/specialuse.h"

#include <QHash>

namespace Quail::Models::SpecialUses {

namespace {

struct AttributeRole {
    const char *attribute;
    SpecialUse use;
};

// The parser interns known attributes in their canonical spelling, but a
// server may still send "\sent": compared case-insensitively below.
constexpr AttributeRole AttributeRoles[] = {
    {"\\Drafts", SpecialUse::Drafts},   {"\\Sent", SpecialUse::Sent},       {"\\Archive", SpecialUse::Archive},
    {"\\All", SpecialUse::All},         {"\\Flagged", SpecialUse::Flagged}, {"\\Junk", SpecialUse::Junk},
    {"\\Trash", SpecialUse::Trash},     {"\\Inbox", SpecialUse::Inbox}, // XLIST
    {"\\AllMail", SpecialUse::All}, // XLIST
    {"\\Spam", SpecialUse::Junk}, // XLIST
    {"\\Starred", SpecialUse::Flagged}, // XLIST
};

// Names that mail clients and servers give these folders when the server
// does not mark them, in the languages we see most. Gmail's localised
// "[Gmail]/…" children are matched by their last level like any other.
const QHash<QString, SpecialUse> &wellKnownNames()
{
    static const QHash<QString, SpecialUse> names = [] {
        QHash<QString, SpecialUse> table;
        const auto add = [&table](SpecialUse use, std::initializer_list<const char16_t *> spellings) {
            for (const char16_t *spelling : spellings)
                table.insert(QString::fromUtf16(spelling).toCaseFolded(), use);
        };
        add(SpecialUse::Sent,
            {u"Sent",
             u"Sent Items",
             u"Sent Messages",
             u"Sent Mail",
             u"Sent-Mail",
             u"Gesendet",
             u"Gesendete Objekte",
             u"Gesendete Elemente",
             u"Gesendete Nachrichten",
             u"Envoyés",
             u"Éléments envoyés",
             u"Messages envoyés",
             u"Enviados",
             u"Elementos enviados",
             u"Itens enviados",
             u"Inviata",
             u"Posta inviata",
             u"Verzonden",
             u"Verzonden items",
             u"Skickat",
             u"Skickade objekt",
             u"Sendt",
             u"Wysłane",
             u"Odeslané",
             u"Отправленные",
             u"送信済み",
             u"已发送"});
        add(SpecialUse::Trash,
            {u"Trash",
             u"Deleted Items",
             u"Deleted Messages",
             u"Deleted",
             u"Bin",
             u"Papierkorb",
             u"Gelöschte Objekte",
             u"Gelöschte Elemente",
             u"Corbeille",
             u"Éléments supprimés",
             u"Papelera",
             u"Elementos eliminados",
             u"Lixeira",
             u"Cestino",
             u"Prullenbak",
             u"Verwijderde items",
             u"Papperskorgen",
             u"Kosz",
             u"Koš",
             u"Корзина",
             u"ゴミ箱",
             u"已删除"});
        add(SpecialUse::Junk,
            {u"Junk", u"Junk E-mail", u"Junk Email", u"Junk Mail", u"Spam", u"Bulk Mail", u"Junk-E-Mail",
             u"Unerwünscht", u"Courrier indésirable", u"Indésirables", u"Correo no deseado", u"Lixo eletrônico",
             u"Posta indesiderata", u"Ongewenste e-mail", u"Skräppost", u"Спам", u"迷惑メール", u"垃圾邮件"});
        add(SpecialUse::Drafts,
            {u"Drafts", u"Draft", u"Entwürfe", u"Brouillons", u"Borradores", u"Rascunhos", u"Bozze", u"Concepten",
             u"Utkast", u"Kopie robocze", u"Koncepty", u"Черновики", u"下書き", u"草稿"});
        add(SpecialUse::Archive,
            {u"Archive", u"Archives", u"Archiv", u"Archivo", u"Archivio", u"Archief", u"Arkiv", u"Archiwum", u"Архив",
             u"アーカイブ"});
        add(SpecialUse::All, {u"All Mail", u"Alle Nachrichten", u"Tous les messages", u"Todos", u"Tutti i messaggi"});
        add(SpecialUse::Flagged, {u"Starred", u"Flagged", u"Markiert", u"Suivis", u"Destacados"});
        return table;
    }();
    return names;
}

} // namespace

SpecialUse fromAttributes(const QList<QByteArray> &attributes)
{
    for (const QByteArray &attribute : attributes) {
        for (const AttributeRole &role : AttributeRoles) {
            if (attribute.compare(role.attribute, Qt::CaseInsensitive) == 0)
                return role.use;
        }
    }
    return SpecialUse::None;
}

SpecialUse fromWellKnownName(const QString &name)
{
    if (name.compare(u"INBOX", Qt::CaseInsensitive) == 0)
        return SpecialUse::Inbox;
    return wellKnownNames().value(name.normalized(QString::NormalizationForm_C).toCaseFolded(), SpecialUse::None);
}

QByteArray attribute(SpecialUse use)
{
    for (const AttributeRole &role : AttributeRoles) {
        if (role.use == use && use != SpecialUse::Inbox)
            return QByteArray(role.attribute);
    }
    return {};
}

QString key(SpecialUse use)
{
    switch (use) {
    case SpecialUse::None:
        return {};
    case SpecialUse::Inbox:
        return QStringLiteral("inbox");
    case SpecialUse::Drafts:
        return QStringLiteral("drafts");
    case SpecialUse::Sent:
        return QStringLiteral("sent");
    case SpecialUse::Archive:
        return QStringLiteral("archive");
    case SpecialUse::All:
        return QStringLiteral("all");
    case SpecialUse::Flagged:
        return QStringLiteral("flagged");
    case SpecialUse::Junk:
        return QStringLiteral("junk");
    case SpecialUse::Trash:
        return QStringLiteral("trash");
    }
    return {};
}

} // namespace Quail::Models::SpecialUses
