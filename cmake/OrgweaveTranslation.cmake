# Translations with gettext (core/include/orgweave/core/Translate.hpp explains the design).
# Each language of po/LINGUAS is compiled from po/LANG.po with msgfmt into
# BUILD/share/locale/LANG/LC_MESSAGES/orgweave.mo (where a program run from the build folder finds
# it) and installed as share/locale/LANG/LC_MESSAGES/orgweave.mo. scripts/update-po.sh extracts the
# message ids into po/orgweave.pot and merges them into the .po files.
include(GNUInstallDirs)
find_program(ORGWEAVE_MSGFMT msgfmt)
if(NOT ORGWEAVE_MSGFMT)
  message(FATAL_ERROR "msgfmt not found: install the gettext package (scripts/install-deps.sh)")
endif()

set(ORGWEAVE_LOCALE_BUILD_DIR ${PROJECT_BINARY_DIR}/share/locale)
file(STRINGS ${PROJECT_SOURCE_DIR}/po/LINGUAS ORGWEAVE_LINGUAS REGEX "^[a-zA-Z_]+$")
set(catalogues)
foreach(language IN LISTS ORGWEAVE_LINGUAS)
  set(po ${PROJECT_SOURCE_DIR}/po/${language}.po)
  set(mo ${ORGWEAVE_LOCALE_BUILD_DIR}/${language}/LC_MESSAGES/orgweave.mo)
  file(MAKE_DIRECTORY ${ORGWEAVE_LOCALE_BUILD_DIR}/${language}/LC_MESSAGES)
  add_custom_command(OUTPUT ${mo}
    COMMAND ${ORGWEAVE_MSGFMT} --check --output-file=${mo} ${po}
    DEPENDS ${po} COMMENT "Compiling the ${language} translation (msgfmt)" VERBATIM)
  list(APPEND catalogues ${mo})
  install(FILES ${mo} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${language}/LC_MESSAGES)
endforeach()
add_custom_target(orgweave_translations ALL DEPENDS ${catalogues})

# A program run from the build folder reads the catalogues there (after $ORGWEAVE_LOCALEDIR and the
# installed EXE/../share/locale).
set_property(SOURCE ${PROJECT_SOURCE_DIR}/core/src/Translate.cpp DIRECTORY ${PROJECT_SOURCE_DIR}/core
             APPEND PROPERTY COMPILE_DEFINITIONS ORGWEAVE_BUILD_LOCALEDIR="${ORGWEAVE_LOCALE_BUILD_DIR}")
foreach(target orgweave orgweave-studio orgweave_tests_core orgweave_tests_cli)
  if(TARGET ${target})
    add_dependencies(${target} orgweave_translations)
  endif()
endforeach()

# tests/core/TranslateTest.cpp reads a small test catalogue and the real one.
if(ORGWEAVE_BUILD_TESTS AND TARGET orgweave_tests_core)
  set(test_locale ${PROJECT_BINARY_DIR}/tests/core/locale)
  set(test_mo ${test_locale}/nb/LC_MESSAGES/orgweave.mo)
  file(MAKE_DIRECTORY ${test_locale}/nb/LC_MESSAGES)
  add_custom_command(OUTPUT ${test_mo}
    COMMAND ${ORGWEAVE_MSGFMT} --check --output-file=${test_mo} ${PROJECT_SOURCE_DIR}/tests/core/data/translation/nb.po
    DEPENDS ${PROJECT_SOURCE_DIR}/tests/core/data/translation/nb.po VERBATIM)
  add_custom_target(orgweave_test_translations DEPENDS ${test_mo})
  add_dependencies(orgweave_tests_core orgweave_test_translations)
  target_compile_definitions(orgweave_tests_core PRIVATE ORGWEAVE_TEST_LOCALEDIR="${test_locale}"
                             ORGWEAVE_BUILD_LOCALEDIR_FOR_TESTS="${ORGWEAVE_LOCALE_BUILD_DIR}")
endif()

# Every message id of the sources has a translation in every language (msgcmp against a fresh
# extraction), the .po files compile with --check, and po/orgweave.pot is up to date.
if(ORGWEAVE_BUILD_TESTS)
  add_test(NAME "translation: every message id of the sources is translated in po/LINGUAS"
    COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/update-po.sh --check)
  set_tests_properties("translation: every message id of the sources is translated in po/LINGUAS" PROPERTIES
    LABELS translation SKIP_RETURN_CODE 77)
  # --lang is global (before or after the command), and LANG=nb_NO.UTF-8 chooses bokmål as well.
  add_test(NAME "translation: orgweave --lang nb prints its help in bokmål"
    COMMAND $<TARGET_FILE:orgweave> validate --help --lang nb)
  add_test(NAME "translation: orgweave follows LANG=nb_NO.UTF-8"
    COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES LANG=nb_NO.UTF-8
            $<TARGET_FILE:orgweave> --help)
  set_tests_properties("translation: orgweave --lang nb prints its help in bokmål"
                       "translation: orgweave follows LANG=nb_NO.UTF-8" PROPERTIES
    LABELS translation PASS_REGULAR_EXPRESSION "Bruk: orgweave[^\n]*\[VALG\]" FAIL_REGULAR_EXPRESSION "Usage:")
  add_test(NAME "translation: orgweave --lang with an unknown language is wrong usage"
    COMMAND sh -c "out=$(\"$0\" --lang sv validate x.orgweave.json 2>&1); status=$?; echo \"$out\"; \
                   [ $status -eq 2 ] && echo \"$out\" | grep -q \"unknown language 'sv' for --lang\"" $<TARGET_FILE:orgweave>)
  set_tests_properties("translation: orgweave --lang with an unknown language is wrong usage" PROPERTIES
    LABELS translation ENVIRONMENT LANGUAGE=en)
endif()
