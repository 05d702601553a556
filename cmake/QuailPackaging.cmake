# `cpack` in the build directory makes a .deb for Debian 12 (bookworm), the
# one platform Quail is built and tested on (see docs/ARCHITECTURE.md).
# Dependencies come from dpkg-shlibdeps (package dpkg-dev) on the installed
# binaries, plus what no ELF file names: Qt loads its image and icon-engine
# plugins at run time, and without the SVG one every icon, the application's
# included, comes out blank.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME quail)
set(CPACK_PACKAGE_VENDOR "The Quail developers")
set(CPACK_PACKAGE_CONTACT "The Quail developers <quail@quail-mail.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "fast, safe desktop IMAP mail browser")
set(CPACK_PACKAGE_DESCRIPTION
    "Quail is a desktop IMAP mail browser on Qt 6. It opens very large folders at
once, never freezes its window while the network works, keeps passwords in
the system keychain and verifies every TLS connection. It comes with
quail-imap, a command-line client on the same engine with the verbs of
Python's imaplib.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debug information stays in the build tree; the package gets lean binaries.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libqt6svg6 holds the SVG image and icon-engine plugins (Debian 12 has no
# separate qt6-svg-plugins package). libqt6gui6 brings the xcb platform
# plugin itself.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
# Passwords live in a Secret Service; without one Quail asks for them for
# the session only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
