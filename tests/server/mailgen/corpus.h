#pragma once

#include "charset.h"
#include "mimeencoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailGen::Corpus {

// The raw material of the sample mail: people, subjects and sentences in
// several languages. Everything is static data; the generator picks from it.

enum class Language {
    English,
    German,
    French,
    Spanish,
    Portuguese,
    Swedish,
    Polish,
    Russian,
    Greek,
    Turkish,
    Japanese,
    Chinese
};

// Where a person lives, for the UTC offset of their Date headers.
enum class Zone {
    Utc,
    UnitedKingdom,
    CentralEurope,
    EasternEurope,
    Moscow,
    India,
    China,
    Japan,
    Sydney,
    UsEast,
    UsWest,
    Brazil
};

struct Person {
    QString name; // as a person reads it; empty for a bare address
    QByteArray address; // always under example.com, example.org or example.net
    Language language = Language::English;
    Zone zone = Zone::Utc;
    // How a non-ASCII display name is written as RFC 2047 encoded words.
    Charset nameCharset = Charset::Utf8;
    Mime::WordEncoding nameEncoding = Mime::WordEncoding::B;
};

// Kinds of mail, roughly one per folder.
enum class Topic { General, Work, Project, QtList, DovecotList, Family, Receipts, Bank, Japanese, Junk };

const Person &me();
const QList<Person> &people();
// Senders of automated mail: shops, banks, notifications, spammers.
const QList<Person> &shops();
const QList<Person> &banks();
const QList<Person> &spammers();
const Person &ciBot();

// UTC offset in minutes at that time, with a simple month-based summer time.
int utcOffsetMinutes(Zone zone, qint64 utcSeconds);

// Subjects for a topic; "%1" stands for a number the generator fills in.
const QStringList &subjects(Topic topic);
// Subjects in other languages and scripts, for encoded-word variety.
const QStringList &internationalSubjects();
// Long subjects that need folding over several header lines.
const QStringList &longSubjects();

// Body sentences; Japanese ones are all in the Japanese charset table.
const QStringList &sentences(Language language);
// Salutation with %1 for the first name, and the closing phrase.
QString greeting(Language language);
QString closing(Language language);
// The attribution line before a quote, with %1 the date and %2 the author.
QString attribution(Language language);
QString replyPrefix(Language language);
QString forwardPrefix(Language language);

// The legacy charsets a mailer in that language might pick before UTF-8.
QList<Charset> legacyCharsets(Language language);

// Sentences of automated mail: receipts, bank notices, spam and CI reports
// (any other topic); "%1" stands for a number.
const QStringList &noticeSentences(Topic topic);

struct ReceiptItem {
    QString name;
    int priceCents;
};
const QList<ReceiptItem> &receiptItems();

// User-Agent / X-Mailer header values.
const QList<QByteArray> &mailers();

// Names for attachments; some need RFC 2231 encoding.
const QStringList &documentNames();
const QStringList &internationalFileNames();

} // namespace MailGen::Corpus
