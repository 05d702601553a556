# The protocol core's sources, listed once for the main build and for the
# separate clang/libFuzzer build in tests/fuzz.
set(QUAIL_IMAP_PROTOCOL_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/modifiedutf7.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modifiedutf7.h
)
