# Finds the Debian packages of DESIGN.md §2 and exposes them as imported targets.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS graph)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)

find_path(PUGIXML_INCLUDE_DIR pugixml.hpp REQUIRED)
find_library(PUGIXML_LIBRARY pugixml REQUIRED)
add_library(orgweave_pugixml INTERFACE)
target_include_directories(orgweave_pugixml SYSTEM INTERFACE ${PUGIXML_INCLUDE_DIR})
target_link_libraries(orgweave_pugixml INTERFACE ${PUGIXML_LIBRARY})

pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)
# Slide decks (layouts/SlideDeck.cpp): cairo's PNG and PDF surfaces, librsvg draws each view's SVG.
pkg_check_modules(SLIDES REQUIRED IMPORTED_TARGET cairo cairo-pdf librsvg-2.0)

if(ORGWEAVE_BUILD_STUDIO)
  pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
  pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
  # The desktop's file chooser (files/DesktopFileChooser.cpp): GIO's GDBus talks to xdg-desktop-portal.
  pkg_check_modules(GIO REQUIRED IMPORTED_TARGET gio-2.0)
  find_package(OpenGL REQUIRED)
endif()

find_path(STB_INCLUDE_DIR stb_image_write.h PATH_SUFFIXES stb REQUIRED)

if(ORGWEAVE_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()
