# orgweave_warnings(target): the project's warning set; -Werror when ORGWEAVE_WERROR is ON (CI).
function(orgweave_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(ORGWEAVE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
