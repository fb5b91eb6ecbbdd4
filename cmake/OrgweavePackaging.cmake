# Installation and the Debian package (issue 22). `scripts/package.sh` builds the package; by hand:
#   cmake --build build && cpack --config build/CPackConfig.cmake -B build/package
# What is installed (prefix /usr in the package):
#   bin/orgweave, bin/orgweave-studio
#   share/applications/orgweave-studio.desktop        menu entry; opens application/x-orgweave+json (%f)
#   share/mime/packages/orgweave.xml                  *.orgweave.json, weighted above *.json
#   share/icons/hicolor/scalable/apps/orgweave-studio.svg and NxN/apps/orgweave-studio.png
#   share/man/man1/orgweave.1.gz, orgweave-studio.1.gz  generated from their --help with help2man
#   share/orgweave/samples/                           the sample documents and their README
#   share/doc/orgweave/README.md
#   share/locale/nb/LC_MESSAGES/orgweave.mo          the bokmål translation
# The desktop, MIME and icon caches are refreshed by the dpkg triggers of desktop-file-utils,
# shared-mime-info and hicolor-icon-theme, so the package needs no maintainer scripts.
# The translations (share/locale/LANG/LC_MESSAGES/orgweave.mo) come from OrgweaveTranslation.cmake.
include(GNUInstallDirs)

# cpack (and `make install`) install what is built and do not build everything first: the package
# test runs after the build, and scripts/package.sh builds what it packages.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(ORGWEAVE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(ORGWEAVE_PACKAGING_BUILD_DIR ${PROJECT_BINARY_DIR}/packaging)

install(TARGETS orgweave RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/samples/ DESTINATION ${CMAKE_INSTALL_DATADIR}/orgweave/samples
        FILES_MATCHING PATTERN "*.orgweave.json" PATTERN "*.csv" PATTERN "README.md" PATTERN "tools" EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Man page: help2man runs the built orgweave (--help, --version and each command's --help).
find_program(ORGWEAVE_HELP2MAN help2man)
find_program(ORGWEAVE_GZIP gzip)
if(ORGWEAVE_HELP2MAN AND ORGWEAVE_GZIP)
  set(man ${ORGWEAVE_PACKAGING_BUILD_DIR}/orgweave.1.gz)
  add_custom_command(OUTPUT ${man}
    COMMAND ${CMAKE_COMMAND} -DORGWEAVE=$<TARGET_FILE:orgweave> -DHELP2MAN=${ORGWEAVE_HELP2MAN}
            -DGZIP=${ORGWEAVE_GZIP} -DOUTPUT=${man} -P ${PROJECT_SOURCE_DIR}/cmake/OrgweaveManPage.cmake
    DEPENDS orgweave ${PROJECT_SOURCE_DIR}/cmake/OrgweaveManPage.cmake
    COMMENT "Writing the orgweave man page (help2man)" VERBATIM)
  add_custom_target(orgweave_man ALL DEPENDS ${man})
  install(FILES ${man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man or gzip not found (scripts/install-deps.sh installs help2man): no man page")
endif()

if(ORGWEAVE_BUILD_STUDIO)
  install(TARGETS orgweave-studio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  if(ORGWEAVE_HELP2MAN AND ORGWEAVE_GZIP)
    set(man ${ORGWEAVE_PACKAGING_BUILD_DIR}/orgweave-studio.1)
    add_custom_command(OUTPUT ${man}.gz
      COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= ${ORGWEAVE_HELP2MAN} --no-info --locale C.UTF-8 --section 1
              --source orgweave --name "the orgweave collaboration network designer" --output ${man}
              $<TARGET_FILE:orgweave-studio>
      COMMAND ${ORGWEAVE_GZIP} -9nf ${man}
      DEPENDS orgweave-studio COMMENT "Writing the orgweave-studio man page (help2man)" VERBATIM)
    add_custom_target(orgweave_studio_man ALL DEPENDS ${man}.gz)
    install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endif()
  install(FILES ${ORGWEAVE_PACKAGING_DIR}/orgweave-studio.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${ORGWEAVE_PACKAGING_DIR}/orgweave.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
  install(FILES ${ORGWEAVE_PACKAGING_DIR}/orgweave-studio.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  # PNG sizes of the icon, rendered from the SVG (menus and file managers that do not draw SVG).
  find_program(ORGWEAVE_RSVG_CONVERT rsvg-convert)
  if(ORGWEAVE_RSVG_CONVERT)
    set(pngs)
    foreach(size 16 24 32 48 64 128 256)
      set(png ${ORGWEAVE_PACKAGING_BUILD_DIR}/icons/${size}x${size}/orgweave-studio.png)
      file(MAKE_DIRECTORY ${ORGWEAVE_PACKAGING_BUILD_DIR}/icons/${size}x${size})
      add_custom_command(OUTPUT ${png}
        COMMAND ${ORGWEAVE_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${ORGWEAVE_PACKAGING_DIR}/orgweave-studio.svg
        DEPENDS ${ORGWEAVE_PACKAGING_DIR}/orgweave-studio.svg VERBATIM)
      list(APPEND pngs ${png})
      install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(orgweave_icons ALL DEPENDS ${pngs})
  else()
    message(WARNING "rsvg-convert not found (scripts/install-deps.sh installs librsvg2-bin): the icon is SVG only")
  endif()
endif()

# The Debian package. Library dependencies come from dpkg-shlibdeps; the fonts the studio loads
# (Theme.cpp) are named by hand.
set(ORGWEAVE_PACKAGE_MAINTAINER "orgweave developers <orgweave@localhost>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME orgweave)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${ORGWEAVE_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "design and analyse collaboration networks across healthcare organizations")
set(CPACK_PACKAGE_DESCRIPTION
    "orgweave models the committees, sites, roles, shared tools and learning actions through which
hospitals, municipalities and general practitioners collaborate, analyses the network (centrality,
brokerage, relational coordination, gaps in the collaboration structure) and writes reports.
This package holds the command line (orgweave), the desktop designer (orgweave-studio) with a menu
entry that opens .orgweave.json files, and the sample networks.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)

if(ORGWEAVE_BUILD_TESTS)
  add_subdirectory(tests/package)
endif()
