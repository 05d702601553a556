#include "corpus.h"

#include "dateformat.h"

#include <initializer_list>

namespace MailGen::Corpus {

namespace {

QStringList texts(std::initializer_list<QStringView> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const QStringView item : items)
        list.append(item.toString());
    return list;
}

Person person(QStringView name, const char *address, Language language, Zone zone, Charset nameCharset = Charset::Utf8,
              Mime::WordEncoding nameEncoding = Mime::WordEncoding::B)
{
    return {name.toString(), QByteArray(address), language, zone, nameCharset, nameEncoding};
}

constexpr auto Q = Mime::WordEncoding::Q;
constexpr auto B = Mime::WordEncoding::B;

// The month (1..12) of a UTC time; enough precision for summer time.
int monthOf(qint64 utcSeconds)
{
    return compactDateUtc(utcSeconds).mid(4, 2).toInt();
}

} // namespace

const Person &me()
{
    static const Person p = person(u"Quail Tester", "quail@example.com", Language::English, Zone::CentralEurope);
    return p;
}

const QList<Person> &people()
{
    using L = Language;
    using Z = Zone;
    static const QList<Person> list = {
        person(u"Jürgen Müller", "juergen.mueller@example.org", L::German, Z::CentralEurope, Charset::Latin1, Q),
        person(u"Zoë Schäfer", "zoe.schaefer@example.net", L::German, Z::CentralEurope, Charset::Utf8, Q),
        person(u"Lefèvre, François", "f.lefevre@example.org", L::French, Z::CentralEurope, Charset::Latin9, Q),
        person(u"Hélène Dubois", "helene.dubois@example.net", L::French, Z::CentralEurope, Charset::Windows1252, Q),
        person(u"José Martínez", "jose.martinez@example.com", L::Spanish, Z::CentralEurope, Charset::Latin1, Q),
        person(u"Iñigo Ibáñez", "inigo@example.org", L::Spanish, Z::CentralEurope, Charset::Utf8, B),
        person(u"João Silva", "joao.silva@example.net", L::Portuguese, Z::Brazil, Charset::Utf8, Q),
        person(u"Åsa Lindström", "asa.lindstrom@example.org", L::Swedish, Z::CentralEurope, Charset::Latin1, Q),
        person(u"Łukasz Wróblewski", "lukasz.w@example.net", L::Polish, Z::CentralEurope, Charset::Utf8, Q),
        person(u"Дмитрий Иванов", "d.ivanov@example.net", L::Russian, Z::Moscow, Charset::Koi8R, B),
        person(u"Ольга Смирнова", "olga.smirnova@example.org", L::Russian, Z::Moscow, Charset::Utf8, B),
        person(u"Νίκος Παπαδόπουλος", "nikos@example.net", L::Greek, Z::EasternEurope, Charset::Utf8, B),
        person(u"Çağla Yıldız", "cagla@example.com", L::Turkish, Z::Moscow, Charset::Utf8, B),
        person(u"山田 太郎", "yamada.taro@example.com", L::Japanese, Z::Japan, Charset::Iso2022Jp, B),
        person(u"佐藤 花子", "hanako.sato@example.net", L::Japanese, Z::Japan, Charset::ShiftJis, B),
        person(u"鈴木 一郎", "ichiro.suzuki@example.org", L::Japanese, Z::Japan, Charset::Utf8, B),
        person(u"王芳", "wang.fang@example.com", L::Chinese, Z::China),
        person(u"Priya Raman", "priya.raman@example.com", L::English, Z::India),
        person(u"Smith, John", "john.smith@example.com", L::English, Z::UsEast),
        person(u"Dr. Anna K. Berg", "anna.berg@example.org", L::English, Z::CentralEurope),
        person(u"Emily O'Brien", "emily.obrien@example.net", L::English, Z::UnitedKingdom),
        person(u"Michael Chen", "mchen@example.com", L::English, Z::UsWest),
        person(u"Sarah Johnson", "sarah.j@example.org", L::English, Z::UsEast),
        person(u"Tom Baker", "tom@example.net", L::English, Z::UnitedKingdom),
        person(u"Lucas Oliveira", "lucas.oliveira@example.com", L::Portuguese, Z::Brazil),
        person(u"Olivia Brown", "olivia.brown@example.net", L::English, Z::Sydney),
        person(u"Wei Zhang", "wei.zhang@example.org", L::English, Z::China),
        person(u"Mark \"Sparky\" Davis", "sparky@example.com", L::English, Z::UsWest),
        person(u"", "kim.lee@example.net", L::English, Z::UsEast),
        person(u"", "dev42@example.org", L::English, Z::Utc),
    };
    return list;
}

const QList<Person> &shops()
{
    static const QList<Person> list = {
        person(u"Example Shop", "orders@shop.example.net", Language::English, Zone::Utc),
        person(u"", "billing@example.com", Language::English, Zone::UsEast),
        person(u"Bücherwurm Online", "service@buecher.example.org", Language::German, Zone::CentralEurope,
               Charset::Latin1, Q),
        person(u"Example Air", "no-reply@air.example.com", Language::English, Zone::UnitedKingdom),
        person(u"Cloud Hosting, Inc.", "invoices@cloud.example.net", Language::English, Zone::UsWest),
    };
    return list;
}

const QList<Person> &banks()
{
    static const QList<Person> list = {
        person(u"Musterbank AG", "kontakt@bank.example.org", Language::German, Zone::CentralEurope),
        person(u"Sparkasse Beispielstadt", "noreply@sparkasse.example.com", Language::German, Zone::CentralEurope),
    };
    return list;
}

const QList<Person> &spammers()
{
    static const QList<Person> list = {
        person(u"Prize Department", "winner@lottery.example.net", Language::English, Zone::UsWest),
        person(u"", "deals4you@cheap.example.com", Language::English, Zone::China),
        person(u"Security Team", "security@verify-account.example.net", Language::English, Zone::Utc),
        person(u"Служба доставки", "dostavka@example.net", Language::Russian, Zone::Moscow, Charset::Koi8R, B),
    };
    return list;
}

const Person &ciBot()
{
    static const Person p = person(u"Quail CI (bot)", "ci@quail.example.org", Language::English, Zone::Utc);
    return p;
}

int utcOffsetMinutes(Zone zone, qint64 utcSeconds)
{
    const int month = monthOf(utcSeconds);
    const bool northernSummer = month >= 4 && month <= 10;
    const bool southernSummer = month <= 3 || month >= 10;
    switch (zone) {
    case Zone::Utc:
        return 0;
    case Zone::UnitedKingdom:
        return northernSummer ? 60 : 0;
    case Zone::CentralEurope:
        return northernSummer ? 120 : 60;
    case Zone::EasternEurope:
        return northernSummer ? 180 : 120;
    case Zone::Moscow:
        return 180;
    case Zone::India:
        return 330;
    case Zone::China:
        return 480;
    case Zone::Japan:
        return 540;
    case Zone::Sydney:
        return southernSummer ? 660 : 600;
    case Zone::UsEast:
        return northernSummer ? -240 : -300;
    case Zone::UsWest:
        return northernSummer ? -420 : -480;
    case Zone::Brazil:
        return -180;
    }
    return 0;
}

const QStringList &subjects(Topic topic)
{
    static const QStringList general = texts({
        u"Lunch on Friday?",
        u"Quick question about the report",
        u"Photos from the weekend",
        u"Re-scheduling our call",
        u"Meeting notes, week %1",
        u"Can you review this by tomorrow?",
        u"Holiday plans",
        u"Conference travel booking",
        u"Welcome to the team!",
        u"Book recommendations",
        u"Invitation: Design review @ Thu 14:00",
        u"Reminder: dentist appointment",
        u"The document you asked for",
        u"Coffee next week?",
        u"Your account summary for week %1",
        u"Moving house on the %1th",
        u"Slides from today's talk",
        u"Password reset request",
        u"Tickets for the concert",
        u"Happy birthday!",
    });
    static const QStringList work = texts({
        u"Quarterly planning",
        u"Budget approval needed",
        u"Team offsite agenda",
        u"Performance review schedule",
        u"New hire onboarding checklist",
        u"Server maintenance window this Saturday",
        u"Updated org chart",
        u"Expense report #%1",
        u"Minutes from the all-hands meeting",
        u"Contract renewal with Example Corp",
        u"Weekly status report, week %1",
        u"Security training is due",
        u"Office closed on Monday",
        u"Customer escalation: ticket %1",
    });
    static const QStringList project = texts({
        u"Quail 0.%1 release checklist",
        u"IMAP IDLE reconnect bug",
        u"Crash when opening large folders",
        u"Review request: threading view",
        u"CI is red on main",
        u"Proposal: search as you type",
        u"Design mockups for the message list",
        u"Benchmark results for the 100k message folder",
        u"Dark mode colors",
        u"Issue #%1: attachment names with RFC 2231 are garbled",
        u"Translations for 0.%1",
        u"Flaky test: tst_imapparser",
    });
    static const QStringList qtList = texts({
        u"[Interest] QTreeView performance with 1M rows",
        u"[Interest] QNetworkAccessManager and HTTP/2",
        u"[Interest] Linking against Qt 6.4 on Debian 12",
        u"[Interest] QSqlDatabase in multiple threads",
        u"[Interest] QML ListView jumps when the model resets",
        u"[Interest] Crash in QSslSocket on shutdown",
        u"[Interest] High-DPI icons in QToolBar",
        u"[Interest] QTextDocument and large HTML",
        u"[Interest] Deploying with windeployqt",
        u"[Interest] Best practices for QAbstractItemModel with very large data sets and incremental loading from "
        u"a database",
    });
    static const QStringList dovecotList = texts({
        u"doveadm sync loses flags",
        u"Maildir++ and mUTF-7 folder names",
        u"FTS with Xapian in 2.3",
        u"Quota warnings not sent",
        u"Replication between two servers",
        u"IMAP NOTIFY support?",
        u"Sieve vacation responder loops",
        u"dsync: Mailbox GUID conflict",
        u"v2.3.%1 released",
    });
    static const QStringList family = texts({
        u"Photos from the beach",
        u"Grandma's birthday",
        u"Christmas plans",
        u"Recipe for the apple pie",
        u"Who's picking up the kids?",
        u"Summer holidays",
        u"New puppy!!!",
        u"Sunday dinner",
    });
    static const QStringList receipts = texts({
        u"Your receipt from Example Shop #%1",
        u"Order confirmation %1",
        u"Your invoice for order %1",
        u"Payment received, thank you",
        u"Your monthly statement",
        u"Shipping confirmation: order %1 is on its way",
        u"Ihre Bestellung Nr. %1 bei Bücherwurm Online",
        u"Booking confirmation: flight EX%1",
    });
    static const QStringList bank = texts({
        u"Überweisung ausgeführt: %1,00 €",
        u"Kontoauszug Nr. %1 für Ihr Girokonto",
        u"Lastschrift eingegangen",
        u"Ihre Überweisung wurde geprüft",
        u"Dauerauftrag geändert",
        u"Gutschrift über %1,50 EUR",
    });
    static const QStringList japanese = texts({
        u"会議の議事録",
        u"来週の打ち合わせについて",
        u"お見積もりのご依頼",
        u"新年のご挨拶",
        u"請求書送付のお知らせ",
        u"写真を送ります",
        u"東京オフィス移転のお知らせ",
        u"表計算ソフトの資料",
    });
    static const QStringList junk = texts({
        u"You have WON a $1,000,000 prize!!!",
        u"Cheap watches – 90% off",
        u"URGENT: verify your account now",
        u"Ваш выигрыш ждёт вас",
        u"Make money from home",
        u"Congratulations! You've been selected",
        u"Your parcel could not be delivered",
        u"Re: your invoice",
    });
    switch (topic) {
    case Topic::General:
        return general;
    case Topic::Work:
        return work;
    case Topic::Project:
        return project;
    case Topic::QtList:
        return qtList;
    case Topic::DovecotList:
        return dovecotList;
    case Topic::Family:
        return family;
    case Topic::Receipts:
        return receipts;
    case Topic::Bank:
        return bank;
    case Topic::Japanese:
        return japanese;
    case Topic::Junk:
        return junk;
    }
    return general;
}

const QStringList &internationalSubjects()
{
    static const QStringList list = texts({
        u"Grüße aus München",
        u"Rechnung über 49,90 €",
        u"Angebot „Sommer“ – 20 % Rabatt",
        u"Réunion à Genève : ordre du jour",
        u"Œuvres complètes, édition spéciale",
        u"¿Quedamos el miércoles?",
        u"Año nuevo en Málaga",
        u"Fotos från midsommar på Åland",
        u"Привет из Москвы",
        u"Отчёт за третий квартал",
        u"Встреча в пятницу",
        u"会議の議事録",
        u"来週の打ち合わせについて",
        u"写真を送ります",
        u"季度报告已更新",
        u"Zażółć gęślą jaźń",
        u"Καλημέρα από την Αθήνα",
        u"Toplantı notları",
        u"🎉 Party on Saturday!",
        u"Café ☕ tomorrow?",
        u"Reunião de equipe amanhã",
    });
    return list;
}

const QStringList &longSubjects()
{
    static const QStringList list = texts({
        u"Following up on our conversation from last week regarding the migration of the old mail servers and the "
        u"timeline for the new ones",
        u"Action required: please confirm your attendance for the annual planning workshop, the team dinner and the "
        u"optional city tour on Friday afternoon",
        u"Zusammenfassung der Besprechung über die Überarbeitung der Benutzeroberfläche und die nächsten Schritte für "
        u"das Release",
        u"Résumé de la réunion trimestrielle : résultats, prévisions budgétaires et priorités pour le prochain "
        u"trimestre",
        u"Итоги встречи по проекту: сроки, бюджет и распределение задач между командами на следующий месяц",
    });
    return list;
}

const QStringList &sentences(Language language)
{
    static const QStringList english = texts({
        u"Thanks for sending this over so quickly.",
        u"I had a look at the numbers and they seem fine to me.",
        u"Could you double-check the figures in the second table?",
        u"Let me know if Thursday afternoon works for you.",
        u"We should probably discuss this in person before we decide anything.",
        u"The new version fixes most of the problems we saw last month.",
        u"I am attaching the latest draft for your review.",
        u"Unfortunately I will be out of the office until Monday.",
        u"The meeting room on the third floor is booked from two to four.",
        u"I think the proposal is good, but the timeline is a bit optimistic.",
        u"Please remember to update the shared calendar.",
        u"We finally found the cause of the crash: a race in the connection pool.",
        u"The customer was happy with the demo and wants a follow-up next week.",
        u"I have forwarded your question to the team that owns that service.",
        u"Sorry for the late reply, it has been a busy week.",
        u"Can we move our call to half past three?",
        u"The build takes about twelve minutes on the new machines.",
        u"All tests pass locally, but CI still fails on the sanitizer job.",
        u"Here is a summary of what we agreed on during the call.",
        u"Dinner was lovely, thank you again for inviting us.",
        u"The kids are already looking forward to the summer holidays.",
        u"The weather has been great, so we spent most of the day outside.",
        u"Feel free to reach out if anything is unclear.",
        u"I will send the final version by the end of the day.",
        u"Nothing urgent, just wanted to keep you in the loop.",
        u"The server will be unavailable for about thirty minutes on Saturday morning.",
        u"According to the logs, the last successful backup ran on Tuesday night.",
        u"Our quarterly revenue grew by eleven percent compared to last year.",
        u"Please find the minutes of the meeting below.",
        u"I would suggest we keep the current design and revisit it after the release.",
    });
    static const QStringList german = texts({
        u"Vielen Dank für die schnelle Rückmeldung.",
        u"Ich habe mir die Unterlagen angesehen und finde sie gut.",
        u"Können wir uns nächste Woche kurz treffen?",
        u"Die Besprechung am Dienstag fällt leider aus.",
        u"Anbei schicke ich Ihnen die überarbeitete Fassung.",
        u"Das Wetter in München war herrlich, wir waren jeden Tag draußen.",
        u"Bitte prüfen Sie die Zahlen in der zweiten Tabelle.",
        u"Ich bin bis einschließlich Freitag im Urlaub.",
        u"Die Straßenbahn fährt ab Montag wieder nach Fahrplan.",
        u"Grüß bitte die ganze Familie von mir.",
        u"Der Entwurf gefällt mir, nur die Überschrift würde ich ändern.",
        u"Über eine kurze Bestätigung würde ich mich freuen.",
    });
    static const QStringList french = texts({
        u"Merci beaucoup pour votre réponse rapide.",
        u"J'ai relu le document et tout me semble correct.",
        u"Pourriez-vous vérifier les chiffres du deuxième tableau ?",
        u"La réunion de jeudi est reportée à la semaine prochaine.",
        u"Vous trouverez ci-joint la version révisée du contrat.",
        u"Nous avons passé un très bon séjour à Genève.",
        u"Je serai en congé jusqu'à lundi.",
        u"À bientôt, et bonne fin de semaine !",
        u"Le café près de la gare a fermé, où se retrouve-t-on ?",
        u"Est-ce que cette proposition vous convient ?",
    });
    static const QStringList spanish = texts({
        u"Muchas gracias por tu rápida respuesta.",
        u"He revisado el documento y me parece bien.",
        u"¿Podemos hablar mañana por la mañana?",
        u"La reunión del miércoles se ha cancelado.",
        u"Te envío adjunta la versión más reciente.",
        u"Estaré de vacaciones hasta el lunes.",
        u"El año pasado pasamos el verano en Málaga.",
        u"¡Qué buena noticia!",
    });
    static const QStringList portuguese = texts({
        u"Obrigado pela resposta rápida.",
        u"Revisei o documento e está tudo certo.",
        u"Podemos conversar amanhã de manhã?",
        u"A reunião de quarta-feira foi cancelada.",
        u"Segue em anexo a versão mais recente.",
    });
    static const QStringList swedish = texts({
        u"Tack för det snabba svaret.",
        u"Jag har läst igenom dokumentet och det ser bra ut.",
        u"Kan vi ses på fredag eftermiddag?",
        u"Vi hade en härlig midsommar på Åland.",
        u"Jag är på semester till och med måndag.",
    });
    static const QStringList polish = texts({
        u"Dziękuję za szybką odpowiedź.",
        u"Przejrzałem dokument i wszystko wygląda dobrze.",
        u"Czy możemy się spotkać w przyszłym tygodniu?",
        u"Spotkanie w środę zostało odwołane.",
        u"W załączniku przesyłam najnowszą wersję.",
    });
    static const QStringList russian = texts({
        u"Спасибо за быстрый ответ.",
        u"Я посмотрел документ, всё выглядит хорошо.",
        u"Давайте созвонимся завтра утром.",
        u"Встреча в среду отменяется.",
        u"Во вложении последняя версия отчёта.",
        u"В Москве сегодня очень холодно.",
        u"Проверьте, пожалуйста, цифры во второй таблице.",
        u"Я в отпуске до понедельника.",
    });
    static const QStringList greek = texts({
        u"Ευχαριστώ για τη γρήγορη απάντηση.",
        u"Διάβασα το έγγραφο και όλα φαίνονται εντάξει.",
        u"Μπορούμε να μιλήσουμε αύριο το πρωί;",
        u"Η συνάντηση της Τετάρτης ακυρώθηκε.",
    });
    static const QStringList turkish = texts({
        u"Hızlı cevabınız için teşekkür ederim.",
        u"Belgeyi inceledim, her şey yolunda görünüyor.",
        u"Yarın sabah konuşabilir miyiz?",
        u"Çarşamba günkü toplantı iptal edildi.",
    });
    static const QStringList japanese = texts({
        u"いつもお世話になっております。",
        u"来週の打ち合わせの件でご連絡いたしました。",
        u"資料を添付いたしますので、ご確認ください。",
        u"ご不明な点がございましたら、お気軽にお問い合わせください。",
        u"先日はありがとうございました。",
        u"日程の調整をお願いできますでしょうか。",
        u"東京は今日も暑いです。",
        u"京都の紅葉がとてもきれいでした。",
    });
    static const QStringList chinese = texts({
        u"谢谢你的快速回复。",
        u"我看过文件了，一切都很好。",
        u"我们明天上午可以通个电话吗？",
        u"附件是最新版本的报告。",
    });
    switch (language) {
    case Language::English:
        return english;
    case Language::German:
        return german;
    case Language::French:
        return french;
    case Language::Spanish:
        return spanish;
    case Language::Portuguese:
        return portuguese;
    case Language::Swedish:
        return swedish;
    case Language::Polish:
        return polish;
    case Language::Russian:
        return russian;
    case Language::Greek:
        return greek;
    case Language::Turkish:
        return turkish;
    case Language::Japanese:
        return japanese;
    case Language::Chinese:
        return chinese;
    }
    return english;
}

QString greeting(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral("Hallo %1,");
    case Language::French:
        return QStringLiteral("Bonjour %1,");
    case Language::Spanish:
        return QStringLiteral("Hola %1:");
    case Language::Portuguese:
        return QStringLiteral("Olá %1,");
    case Language::Swedish:
        return QStringLiteral("Hej %1!");
    case Language::Polish:
        return QStringLiteral("Cześć %1,");
    case Language::Russian:
        return QStringLiteral("Здравствуйте, %1!");
    case Language::Greek:
        return QStringLiteral("Γεια σου %1,");
    case Language::Turkish:
        return QStringLiteral("Merhaba %1,");
    case Language::Japanese:
        return QStringLiteral("%1 san");
    case Language::Chinese:
        return QStringLiteral("%1，你好！");
    case Language::English:
        break;
    }
    return QStringLiteral("Hi %1,");
}

QString closing(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral("Viele Grüße");
    case Language::French:
        return QStringLiteral("Cordialement");
    case Language::Spanish:
        return QStringLiteral("Un saludo");
    case Language::Portuguese:
        return QStringLiteral("Abraços");
    case Language::Swedish:
        return QStringLiteral("Vänliga hälsningar");
    case Language::Polish:
        return QStringLiteral("Pozdrawiam");
    case Language::Russian:
        return QStringLiteral("С уважением,");
    case Language::Greek:
        return QStringLiteral("Φιλικά,");
    case Language::Turkish:
        return QStringLiteral("Saygılarımla");
    case Language::Japanese:
        return QStringLiteral("よろしくお願いいたします。");
    case Language::Chinese:
        return QStringLiteral("祝好");
    case Language::English:
        break;
    }
    return QStringLiteral("Best regards,");
}

QString attribution(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral("Am %1 schrieb %2:");
    case Language::French:
        return QStringLiteral("Le %1, %2 a écrit :");
    case Language::Spanish:
        return QStringLiteral("El %1, %2 escribió:");
    case Language::Russian:
        return QStringLiteral("%1, %2 пишет:");
    default:
        break;
    }
    return QStringLiteral("On %1, %2 wrote:");
}

QString replyPrefix(Language language)
{
    return language == Language::German ? QStringLiteral("AW:") : QStringLiteral("Re:");
}

QString forwardPrefix(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral("WG:");
    case Language::French:
        return QStringLiteral("TR:");
    default:
        break;
    }
    return QStringLiteral("Fwd:");
}

QList<Charset> legacyCharsets(Language language)
{
    switch (language) {
    case Language::German:
    case Language::Spanish:
    case Language::Portuguese:
    case Language::Swedish:
        return {Charset::Latin1, Charset::Latin9, Charset::Windows1252};
    case Language::French:
        return {Charset::Latin9, Charset::Windows1252, Charset::Latin1};
    case Language::Russian:
        return {Charset::Koi8R};
    case Language::Japanese:
        return {Charset::Iso2022Jp, Charset::ShiftJis};
    default:
        break;
    }
    return {};
}

const QStringList &noticeSentences(Topic topic)
{
    static const QStringList receipts = texts({
        u"Thank you for your order!",
        u"Your payment has been received and your order is being processed.",
        u"You can track your parcel at any time in your customer account.",
        u"This receipt was sent to you because you made a purchase at our store.",
        u"Please keep this email for your records.",
        u"Questions? Our customer service team is happy to help.",
    });
    static const QStringList bank = texts({
        u"Ihre Überweisung über %1,00 € wurde ausgeführt.",
        u"Der Betrag wird Ihrem Konto innerhalb eines Bankarbeitstages gutgeschrieben.",
        u"Ihr neuer Kontoauszug steht im Online-Banking für Sie bereit.",
        u"Bitte prüfen Sie die Buchung und melden Sie sich bei Unstimmigkeiten.",
        u"Diese Nachricht wurde automatisch erstellt, bitte antworten Sie nicht darauf.",
        u"Empfänger: Müller & Söhne GmbH, Verwendungszweck: Rechnung %1.",
    });
    static const QStringList junk = texts({
        u"CONGRATULATIONS!!! You have been selected as the winner of our monthly draw.",
        u"To claim your prize, simply confirm your details by clicking the link below.",
        u"This offer expires in 24 hours, so act now!",
        u"We noticed unusual activity on your account and have temporarily suspended it.",
        u"Brand watches at unbelievable prices, free shipping worldwide.",
        u"Your parcel is waiting for you, please pay the customs fee of 1.99 USD.",
        u"Ваш выигрыш ждёт вас, осталось только подтвердить адрес.",
    });
    static const QStringList ci = texts({
        u"Build #%1 of quail (main) failed.",
        u"Stage: test, job: unit (asan), duration: 12m 31s.",
        u"The first failing test is tst_imapparser::literalPlus.",
        u"See the attached log for details.",
        u"This message was sent by the CI system, replies are not read.",
    });
    switch (topic) {
    case Topic::Receipts:
        return receipts;
    case Topic::Bank:
        return bank;
    case Topic::Junk:
        return junk;
    default:
        break;
    }
    return ci;
}

const QList<ReceiptItem> &receiptItems()
{
    static const QList<ReceiptItem> list = {
        {QStringLiteral("USB-C cable, 2 m"), 999},
        {QStringLiteral("Mechanical keyboard"), 8990},
        {QStringLiteral("Paperback: The Pragmatic Programmer"), 3450},
        {QStringLiteral("Coffee beans, 1 kg"), 1799},
        {QStringLiteral("Monthly hosting plan"), 1200},
        {QStringLiteral("Noise-cancelling headphones"), 24900},
        {QStringLiteral("Bicycle lights, set"), 2495},
        {QStringLiteral("Train ticket Berlin - Hamburg"), 4390},
    };
    return list;
}

const QList<QByteArray> &mailers()
{
    static const QList<QByteArray> list = {
        QByteArrayLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
        QByteArrayLiteral("Microsoft Outlook 16.0"),
        QByteArrayLiteral("Apple Mail (2.3774.300.61.1.2)"),
        QByteArrayLiteral("K-9 Mail for Android"),
        QByteArrayLiteral("Roundcube Webmail/1.6.5"),
        QByteArrayLiteral("Evolution 3.46.4-2"),
        QByteArrayLiteral("Mutt/2.2.9 (2022-11-12)"),
    };
    return list;
}

const QStringList &documentNames()
{
    static const QStringList list = texts({
        u"report-q3.pdf",
        u"invoice-%1.pdf",
        u"minutes.pdf",
        u"contract draft v2.pdf",
        u"notes.txt",
        u"build-log-%1.txt",
        u"screenshot.png",
        u"diagram.png",
    });
    return list;
}

const QStringList &internationalFileNames()
{
    static const QStringList list = texts({
        u"Übersicht März.pdf",
        u"Résumé – Hélène Dubois.pdf",
        u"Отчёт за квартал.txt",
        u"会議の議事録.txt",
        u"Straßenplan für die Sommerfeier im Stadtpark, überarbeitete Fassung.pdf",
        u"Фото с праздника.png",
    });
    return list;
}

} // namespace MailGen::Corpus
