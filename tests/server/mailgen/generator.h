#pragma once

#include "corpus.h"
#include "folderplan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace MailGen {

struct GeneratedMessage {
    qint64 time = 0; // Date header, file name and mtime (Dovecot's INTERNALDATE)
    QByteArray content;
    bool seen = false;
    bool answered = false;
    bool flagged = false;
    bool deleted = false;
    bool draft = false;
    QStringList keywords; // e.g. $Forwarded, work

    // For the manifest.
    QByteArray messageId; // with the angle brackets, as in the header
    QByteArray inReplyTo;
    QString subject; // decoded
    Corpus::Person from;
    bool hasAttachment = false;
    // Hand-made hard cases (hardcases.h) only: which case, and facts a test
    // needs about it (the big attachment's size and digest).
    QString caseName;
    QJsonObject facts;
};

// Turns (seed, folder) into messages. Everything is a pure function of the
// seed, the folder's name, kind and message count: no clock, no global state.
class Generator
{
public:
    // Dates spread backwards over about two years from 2026-06-01T12:00:00Z.
    static constexpr qint64 epoch = 1780315200;

    explicit Generator(std::uint64_t seed)
        : m_seed(seed)
    {
    }

    // Hands the folder's messages to sink oldest first, which is also the
    // order of their file names and so of the UIDs Dovecot will assign.
    // Stops and returns false as soon as sink does.
    bool generateFolder(const FolderSpec &folder, const std::function<bool(GeneratedMessage &)> &sink) const;

private:
    std::uint64_t m_seed;
};

} // namespace MailGen
