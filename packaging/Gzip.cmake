# cmake -DINPUT=file -DOUTPUT=file.gz -P Gzip.cmake: gzip -9n, as Debian wants for manual pages and
# changelogs (maximum compression, no name or time stamp, so the package is reproducible).
execute_process(COMMAND gzip -9nc "${INPUT}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${INPUT} failed: ${rc}")
endif()
