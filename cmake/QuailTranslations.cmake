# quail_translatable_sources(<out> <target>...): the C++ sources and forms of
# the given library targets, as absolute paths, for an executable's
# catalogue. Each executable's catalogue covers every layer it links, so a
# sentence from the engine or the models reaches the user translated in the
# window and in quail-imap alike (each executable owns its own .ts file, see
# src/cli/CMakeLists.txt for why two targets never share one).
function(quail_translatable_sources out)
    set(result)
    foreach(target IN LISTS ARGN)
        get_target_property(dir ${target} SOURCE_DIR)
        get_target_property(sources ${target} SOURCES)
        foreach(source IN LISTS sources)
            if(NOT source MATCHES "\\.(cpp|h|ui)$")
                continue()
            endif()
            if(NOT IS_ABSOLUTE "${source}")
                set(source "${dir}/${source}")
            endif()
            list(APPEND result "${source}")
        endforeach()
    endforeach()
    set(${out} ${result} PARENT_SCOPE)
endfunction()
