# Writes a manual page from what a built program prints for --help, so the page and the program
# can never disagree. Run at build time with cmake -P:
#   -DPROGRAM=path -DNAME=kakiyo-desk -DSUMMARY=... -DDESCRIPTION_FILE=path -DVERSION=0.1.0
#   -DDATE=YYYY-MM-DD -DOUTPUT=path/kakiyo-desk.1 [-DSECTIONS=Title|args;Title|args]
# SECTIONS: extra sections from other help screens, e.g. "EXPORT|export --help".
# Help text is set verbatim (.nf); roff escapes are applied to it.
cmake_minimum_required(VERSION 3.22)

foreach(var PROGRAM NAME SUMMARY DESCRIPTION_FILE VERSION DATE OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: ${var} is not set")
    endif()
endforeach()

function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    # A line starting with . or ' would be read as a request.
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Some programs print their usage on stderr (and exit non-zero for --help); take both.
function(help_text args out)
    separate_arguments(arg_list UNIX_COMMAND "${args}")
    execute_process(COMMAND ${PROGRAM} ${arg_list}
        OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr RESULT_VARIABLE rc)
    set(text "${stdout}${stderr}")
    string(STRIP "${text}" text)
    if(text STREQUAL "")
        message(FATAL_ERROR "ManPage.cmake: ${PROGRAM} ${args} printed nothing (exit ${rc})")
    endif()
    roff_escape("${text}" text)
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(TOUPPER "${NAME}" title)
roff_escape("${NAME}" name_roff)
roff_escape("${SUMMARY}" summary_roff)
file(READ "${DESCRIPTION_FILE}" description)
string(STRIP "${description}" description)
roff_escape("${description}" description)
# Blank lines in the description file separate paragraphs.
string(REGEX REPLACE "\n[ \t]*\n" "\n.PP\n" description "${description}")

help_text("--help" usage)
set(page ".TH ${title} 1 \"${DATE}\" \"${NAME} ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${name_roff} \\- ${summary_roff}\n")
string(APPEND page ".SH DESCRIPTION\n${description}\n")
string(APPEND page ".SH USAGE\n.nf\n${usage}\n.fi\n")
foreach(section IN LISTS SECTIONS)
    string(REPLACE "|" ";" parts "${section}")
    list(GET parts 0 heading)
    list(GET parts 1 args)
    help_text("${args}" text)
    string(APPEND page ".SH ${heading}\n.nf\n${text}\n.fi\n")
endforeach()
if(DEFINED SEE_ALSO)
    roff_escape("${SEE_ALSO}" see_also)
    string(APPEND page ".SH SEE ALSO\n${see_also}\n")
endif()
file(WRITE "${OUTPUT}" "${page}")
