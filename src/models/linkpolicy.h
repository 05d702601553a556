#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Quail::Models {

// What the viewer does with a clicked link. Links never navigate inside the
// viewer: http(s) and mailto may be opened by the desktop after the user
// saw the real target (`shownTarget`); everything else (javascript:, file:,
// data:, relative and unknown schemes) is refused with a reason.
struct LinkDecision {
    enum class Action { OpenExternally, Refuse };

    Action action = Action::Refuse;
    // What to open: for mailto, without attach= or attachment= (a mail
    // that quietly attaches the reader's files, "Mailto: Me Your Secrets").
    QUrl target;
    // The target as the confirmation shows it: fully encoded, with an IDN
    // host in punycode, so look-alike characters cannot hide it.
    QString shownTarget;
    // The link's visible text names a URL, host or address other than the
    // target ("https://bank.example" linking elsewhere): warn.
    bool textMismatch = false;
    QString reason; // for Refuse, a sentence for people
};

class LinkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Quail::Models::LinkPolicy)

public:
    static LinkDecision decide(const QString &href, const QString &visibleText = {});
};

} // namespace Quail::Models
