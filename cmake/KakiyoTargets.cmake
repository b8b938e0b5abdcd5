# Helpers shared by every folder. Libraries collect their sources by glob (CONFIGURE_DEPENDS), so a
# new file needs no edit to a shared CMakeLists.txt; tests register themselves by file name.

# kakiyo_static_library(<target> <dir> [EXCLUDE <regex>])
function(kakiyo_static_library target dir)
    cmake_parse_arguments(ARG "" "EXCLUDE" "" ${ARGN})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
        ${dir}/*.cpp ${dir}/*.h ${dir}/*.qrc)
    if(ARG_EXCLUDE)
        list(FILTER sources EXCLUDE REGEX "${ARG_EXCLUDE}")
    endif()
    if(NOT sources)
        set(stub ${CMAKE_CURRENT_BINARY_DIR}/${target}_empty.cpp)
        file(WRITE ${stub} "// ${target} has no sources yet\n")
        set(sources ${stub})
    endif()
    add_library(${target} STATIC ${sources})
    target_include_directories(${target} PUBLIC ${CMAKE_SOURCE_DIR})
endfunction()

# kakiyo_add_test(<name> SOURCES <files...> LIBS <libs...> [WRAPPER <script>] [TIMEOUT <s>] [LABELS <l...>])
# Registers a Qt Test executable with an isolated, display-less environment. Tests that need the
# sandbox read its path from KAKIYO_SANDBOX_BIN.
function(kakiyo_add_test name)
    cmake_parse_arguments(ARG "" "WRAPPER;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test)
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/tests)
    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;KAKIYO_SANDBOX_BIN=$<TARGET_FILE:kakiyo-sandbox>;KAKIYO_DESK_BIN=$<TARGET_FILE:kakiyo-desk>;KAKIYO_SOURCE_DIR=${CMAKE_SOURCE_DIR};KAKIYO_TEST_OUTPUT=${CMAKE_BINARY_DIR}/test-output")
    if(TARGET kakiyo-sandbox)
        add_dependencies(${name} kakiyo-sandbox)
    endif()
endfunction()

# kakiyo_glob_tests(<dir> LIBS <libs...> [LABELS <l...>]): one test executable per tst_*.cpp in <dir>.
# Code shared between tests lives in tests/common (the kakiyo_testsupport library).
function(kakiyo_glob_tests dir)
    cmake_parse_arguments(ARG "" "" "LIBS;LABELS" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS ${dir}/tst_*.cpp)
    foreach(file ${tests})
        get_filename_component(name ${file} NAME_WE)
        kakiyo_add_test(${name} SOURCES ${file} LIBS ${ARG_LIBS} LABELS ${ARG_LABELS})
    endforeach()
endfunction()

# kakiyo_glob_benchmarks(<dir> LIBS <libs...>): one executable per bench_*.cpp; `make bench` runs them.
function(kakiyo_glob_benchmarks dir)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    file(GLOB benches CONFIGURE_DEPENDS ${dir}/bench_*.cpp)
    foreach(file ${benches})
        get_filename_component(name ${file} NAME_WE)
        add_executable(${name} ${file})
        target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test)
        target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/tests)
        add_dependencies(${name} kakiyo-sandbox)
        set_property(GLOBAL APPEND PROPERTY KAKIYO_BENCHMARKS ${name})
    endforeach()
endfunction()
