# The translations are complete and current: lupdate is run over the sources into
# a copy of each .ts file, and the test fails when the copy holds an unfinished
# entry (a text without a finished translation, new texts included) or a vanished
# one (a translated text the sources no longer have). The fix:
#     cmake --build <build> --target update_translations
# then translate what is unfinished in translations/*.ts.
#
# -DLUPDATE=... -DSOURCES_LIST=file (one source per line) -DINCLUDE_DIR=the sources' root
# -DTS_FILES=a.ts;b.ts -DWORK=dir (the options of update_translations: ui/CMakeLists.txt)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK}/${name}")
    execute_process(COMMAND "${LUPDATE}" -locations none -no-ui-lines "-I${INCLUDE_DIR}" "@${SOURCES_LIST}"
                            -ts "${WORK}/${name}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
    endif()
    file(READ "${WORK}/${name}" text)
    # Semicolons would split CMake's lists; the entities' ";" are only shown.
    string(REPLACE ";" "," text "${text}")
    # Counted by the translation's mark alone (whatever comments precede it); the
    # texts are shown where the source stands right before it.
    string(REGEX MATCHALL "<translation type=\"unfinished\"" marks "${text}")
    list(LENGTH marks nu)
    string(REGEX MATCHALL "<translation type=\"(vanished|obsolete)\"" marks "${text}")
    list(LENGTH marks nv)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" unfinished "${text}")
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"(vanished|obsolete)\"" vanished "${text}")
    string(REGEX MATCHALL "<message" messages "${text}")
    list(LENGTH messages nm)
    message(STATUS "${name}: ${nm} texts, ${nu} unfinished, ${nv} vanished")
    if(nu GREATER 0 OR nv GREATER 0)
        set(failed TRUE)
        set(shown 0)
        foreach(entry IN LISTS unfinished vanished)
            if(shown LESS 20)
                string(REGEX REPLACE "<source>([^<]*)</source>.*type=\"([a-z]+)\"" "  \\2: \\1" line "${entry}")
                message(STATUS "${line}")
                math(EXPR shown "${shown} + 1")
            endif()
        endforeach()
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations are not complete: build the target update_translations, then translate "
                        "the unfinished entries of translations/*.ts")
endif()
