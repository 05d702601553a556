# Warnings and sanitizers, applied to every target of the project through
# quail_setup_target(), so third-party code is never affected.

add_library(quail_compiler_flags INTERFACE)
target_compile_options(quail_compiler_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
target_compile_definitions(quail_compiler_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(QUAIL_WERROR)
    target_compile_options(quail_compiler_flags INTERFACE -Werror)
endif()

if(QUAIL_SANITIZE)
    set(_quail_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(quail_compiler_flags INTERFACE ${_quail_san})
    target_link_options(quail_compiler_flags INTERFACE ${_quail_san})
endif()

# quail_setup_target(<target>): the project's warnings, sanitizers and Qt
# definitions for one of its own targets.
function(quail_setup_target target)
    target_link_libraries(${target} PRIVATE quail_compiler_flags)
endfunction()
