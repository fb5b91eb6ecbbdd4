# Writes orgweave.1.gz from the program's own help (cmake -P; see OrgweavePackaging.cmake):
# help2man reads `orgweave --help` and `--version`; this adds a COMMANDS section with each
# command's `--help`, the exit status and the installed files, then gzips the page (Debian policy).
# Input: ORGWEAVE (the built program), HELP2MAN, GZIP, OUTPUT (…/orgweave.1.gz).
cmake_minimum_required(VERSION 3.25)

# The help is English whatever the build machine's locale (the page is the English man page).
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")

execute_process(COMMAND ${ORGWEAVE} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${ORGWEAVE} --help failed (${status})")
endif()

# CLI11 lists the commands under "SUBCOMMANDS:" (or "Subcommands:"), one per line: "  name  summary".
string(REPLACE "\n" ";" lines "${help}")
set(commands)
set(inCommands OFF)
foreach(line IN LISTS lines)
  if(line MATCHES "^[A-Za-z ]*[Ss][Uu][Bb][Cc][Oo][Mm][Mm][Aa][Nn][Dd][Ss]:")
    set(inCommands ON)
  elseif(inCommands AND line MATCHES "^  +([a-z][a-z0-9-]*)")
    list(APPEND commands ${CMAKE_MATCH_1})
  elseif(inCommands AND NOT line MATCHES "^ ")
    set(inCommands OFF)
  endif()
endforeach()
if(NOT commands)
  message(FATAL_ERROR "found no commands in `${ORGWEAVE} --help`")
endif()

# roff: backslashes and lines that start with a control character are escaped.
function(orgweave_roff_block text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

get_filename_component(folder ${OUTPUT} DIRECTORY)
set(include ${folder}/orgweave.h2m)
set(page ${folder}/orgweave.1)
set(text "[COMMANDS]\nEach command has its own options; \\fBorgweave\\fR \\fICOMMAND\\fR \\fB--help\\fR prints them.\n")
foreach(command IN LISTS commands)
  execute_process(COMMAND ${ORGWEAVE} ${command} --help OUTPUT_VARIABLE commandHelp RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${ORGWEAVE} ${command} --help failed (${status})")
  endif()
  orgweave_roff_block("${commandHelp}" block)
  string(APPEND text ".SS ${command}\n${block}")
endforeach()
string(APPEND text
  "[EXIT STATUS]\n"
  ".TP\n0\nSuccess.\n"
  ".TP\n1\nBad input: a file is unreadable or invalid; the messages name the place (file:line:col).\n"
  ".TP\n2\nWrong usage: unknown command or option; the help is printed.\n"
  "[FILES]\n"
  ".TP\n.I /usr/share/orgweave/samples/\n"
  "Sample networks (*.orgweave.json) to open, analyse and report on, described in README.md there.\n"
  "[SEE ALSO]\n"
  "\\fBorgweave-studio\\fR(1) is the desktop designer; it opens the same documents.\n")
file(WRITE ${include} "${text}")

execute_process(
  COMMAND ${HELP2MAN} --no-info --locale C.UTF-8 --section 1 --source "orgweave"
          --name "design and analyse collaboration networks across healthcare organizations"
          --include ${include} --output ${page} ${ORGWEAVE}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed (${status})")
endif()
execute_process(COMMAND ${GZIP} -9nf ${page} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip ${page} failed (${status})")
endif()
