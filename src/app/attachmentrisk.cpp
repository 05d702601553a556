#include "app/attachmentrisk.h"

namespace Quail::App {

namespace {

// Extensions that the desktop runs, installs or interprets when "opened".
constexpr const char *executableExtensions[] = {
    // Windows programs, scripts and shortcuts (a mail may be read on a
    // system with Wine, or saved to a shared folder).
    "exe", "bat", "cmd", "com", "scr", "msi", "msp", "pif", "cpl", "msc", "lnk", "reg", "scf", "hta", "vbs", "vbe",
    "jse", "wsf", "wsh", "ps1", "appref-ms", "application", "gadget",
    // Unix scripts and interpreters.
    "sh", "bash", "zsh", "ksh", "csh", "fish", "command", "py", "pyw", "pl", "rb", "php", "js", "mjs",
    // Java and launchers.
    "jar", "jnlp", "desktop", "kdelnk",
    // Self-running images, raw binaries and packages.
    "appimage", "run", "bin", "elf", "so", "dll", "deb", "rpm", "snap", "flatpak", "flatpakref", "apk", "dmg", "pkg"};

constexpr const char *executableMimeTypes[] = {"application/x-executable",
                                               "application/x-pie-executable",
                                               "application/x-sharedlib",
                                               "application/x-shellscript",
                                               "application/x-sh",
                                               "application/x-csh",
                                               "text/x-sh",
                                               "application/x-desktop",
                                               "application/x-msdownload",
                                               "application/x-ms-dos-executable",
                                               "application/x-msdos-program",
                                               "application/x-dosexec",
                                               "application/vnd.microsoft.portable-executable",
                                               "application/x-ms-ne-executable",
                                               "application/x-msi",
                                               "application/x-ms-installer",
                                               "application/x-ole-storage-msi",
                                               "application/x-bat",
                                               "application/x-ms-shortcut",
                                               "application/x-java-archive",
                                               "application/java-archive",
                                               "application/x-java-jnlp-file",
                                               "application/javascript",
                                               "application/x-javascript",
                                               "text/javascript",
                                               "application/x-perl",
                                               "text/x-perl",
                                               "application/x-python",
                                               "text/x-python",
                                               "text/x-python3",
                                               "application/x-ruby",
                                               "text/x-ruby",
                                               "application/x-php",
                                               "application/x-powershell",
                                               "application/hta",
                                               "application/x-appimage",
                                               "application/vnd.appimage",
                                               "application/x-deb",
                                               "application/vnd.debian.binary-package",
                                               "application/x-rpm",
                                               "application/x-redhat-package-manager",
                                               "application/vnd.android.package-archive",
                                               "application/x-mach-binary",
                                               "application/x-elf"};

} // namespace

bool isExecutableAttachment(const QString &fileName, const QStringList &mimeTypes)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot >= 0) {
        const QString extension = fileName.mid(dot + 1).trimmed().toLower();
        for (const char *known : executableExtensions) {
            if (extension == QLatin1StringView(known))
                return true;
        }
    }
    for (const QString &type : mimeTypes) {
        const QString lower = type.trimmed().toLower();
        // A parameter ("; charset=…") does not change what the type is.
        const QString name = lower.left(lower.indexOf(u';')).trimmed();
        for (const char *known : executableMimeTypes) {
            if (name == QLatin1StringView(known))
                return true;
        }
        // Types nobody listed yet but that say what they are.
        if (name.endsWith(QLatin1StringView("-executable")) || name.endsWith(QLatin1StringView("-shellscript")))
            return true;
    }
    return false;
}

} // namespace Quail::App
