# orgweave_warnings(target): the project's warning set; -Werror when ORGWEAVE_WERROR is ON (CI).
function(orgweave_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  # g++ 12 reports false -Wrestrict on std::string concatenation at -O2 (GCC bug 105329).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(ORGWEAVE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
