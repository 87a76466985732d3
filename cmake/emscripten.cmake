# The wasm side of the build: checks emcc against emsdk-version.txt and builds
# ICU's common library and trimmed data with em++ (cached in the build tree).

file(STRINGS "${CMAKE_SOURCE_DIR}/emsdk-version.txt" KASHIF_EMSDK_VERSION LIMIT_COUNT 1)
execute_process(COMMAND "${CMAKE_C_COMPILER}" --version
                OUTPUT_VARIABLE emcc_banner ERROR_QUIET)
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" emcc_version "${emcc_banner}")
if(NOT emcc_version STREQUAL KASHIF_EMSDK_VERSION)
  message(FATAL_ERROR "Kashif is built with Emscripten ${KASHIF_EMSDK_VERSION} "
          "(emsdk-version.txt) but emcc is ${emcc_version}. Install Debian's emscripten "
          "package (tools/install-deps.sh) or update emsdk-version.txt on purpose.")
endif()

# emcc does not search /usr/include; expose only the header trees we use.
set(KASHIF_WASM_INCLUDE "${CMAKE_BINARY_DIR}/include")
foreach(dir nlohmann catch2)
  if(NOT EXISTS "${KASHIF_WASM_INCLUDE}/${dir}")
    file(MAKE_DIRECTORY "${KASHIF_WASM_INCLUDE}")
    file(CREATE_LINK "/usr/include/${dir}" "${KASHIF_WASM_INCLUDE}/${dir}" SYMBOLIC)
  endif()
endforeach()

set(ICU_SOURCE_DIR "${CMAKE_SOURCE_DIR}/build/icu-src/source")
if(NOT EXISTS "${ICU_SOURCE_DIR}/common/putil.cpp")
  message(FATAL_ERROR "ICU source missing in ${ICU_SOURCE_DIR}: run tools/install-deps.sh")
endif()

find_program(ICUPKG icupkg PATHS /usr/sbin /usr/bin REQUIRED)
find_program(GENCCODE genccode PATHS /usr/sbin /usr/bin REQUIRED)
set(ICU_DATA_DIR "${CMAKE_BINARY_DIR}/icu-data")
add_custom_command(
  OUTPUT "${ICU_DATA_DIR}/icudt72l_dat.c"
  COMMAND ${CMAKE_COMMAND} -DICUPKG=${ICUPKG} -DGENCCODE=${GENCCODE}
          -DFULL_DAT=${ICU_SOURCE_DIR}/data/in/icudt72l.dat
          -DITEMS=${CMAKE_SOURCE_DIR}/cmake/icu_data_items.txt
          -DOUT_DIR=${ICU_DATA_DIR} -P ${CMAKE_SOURCE_DIR}/cmake/icu_data.cmake
  DEPENDS "${CMAKE_SOURCE_DIR}/cmake/icu_data_items.txt" "${CMAKE_SOURCE_DIR}/cmake/icu_data.cmake"
  COMMENT "Trimming ICU data for wasm" VERBATIM)

file(GLOB ICU_COMMON_SOURCES "${ICU_SOURCE_DIR}/common/*.cpp")
# The data is its own target: ICU's headers, compiled as C outside the
# library's implementation, type UChar as uint16_t.
add_library(icu_wasm_data STATIC "${ICU_DATA_DIR}/icudt72l_dat.c")
target_include_directories(icu_wasm_data PRIVATE "${ICU_SOURCE_DIR}/common")

add_library(icu_wasm STATIC ${ICU_COMMON_SOURCES})
target_link_libraries(icu_wasm PUBLIC icu_wasm_data)
target_include_directories(icu_wasm SYSTEM PUBLIC "${ICU_SOURCE_DIR}/common")
target_compile_definitions(icu_wasm
  PUBLIC U_STATIC_IMPLEMENTATION U_CHARSET_IS_UTF8=1 UCONFIG_NO_LEGACY_CONVERSION=1
  PRIVATE U_COMMON_IMPLEMENTATION U_ENABLE_DYLOAD=0 U_HAVE_MMAP=0)
# ICU is most of the code and little of the time: optimise it for size, and
# the core (Release, -O3) for speed. At -Os this emscripten barely inlines,
# and the core ran 4-5x slower (bench/README.md).
target_compile_options(icu_wasm PRIVATE -w -Os)
add_library(ICU::uc ALIAS icu_wasm)

add_library(nlohmann_json INTERFACE)
target_include_directories(nlohmann_json SYSTEM INTERFACE "${KASHIF_WASM_INCLUDE}")
add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
set(KASHIF_CATCH2_INCLUDE "${KASHIF_WASM_INCLUDE}")
