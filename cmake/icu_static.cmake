# ICU's common library and trimmed data compiled from Debian's ICU source
# (build/icu-src, tools/install-deps.sh) as position-independent code, for
# the Python module: Debian's libicuuc.a is not PIC, and linking ICU in
# statically means a wheel needs no libicu on the machine it lands on. The
# data is the wasm build's (cmake/icu_data_items.txt: NFKC and word break),
# 79 KB instead of libicudata's 30 MB. ICU's symbols stay inside the module
# (--exclude-libs in CMakeLists.txt), so another ICU in the process is no clash.

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
  COMMENT "Trimming ICU data" VERBATIM)

file(GLOB ICU_COMMON_SOURCES "${ICU_SOURCE_DIR}/common/*.cpp")
add_library(icu_static_data STATIC "${ICU_DATA_DIR}/icudt72l_dat.c")
target_include_directories(icu_static_data PRIVATE "${ICU_SOURCE_DIR}/common")

add_library(icu_static STATIC ${ICU_COMMON_SOURCES})
target_link_libraries(icu_static PUBLIC icu_static_data)
target_include_directories(icu_static SYSTEM PUBLIC "${ICU_SOURCE_DIR}/common")
target_compile_definitions(icu_static
  PUBLIC U_STATIC_IMPLEMENTATION U_CHARSET_IS_UTF8=1 UCONFIG_NO_LEGACY_CONVERSION=1
  PRIVATE U_COMMON_IMPLEMENTATION U_ENABLE_DYLOAD=0 U_HAVE_MMAP=0)
target_compile_options(icu_static PRIVATE -w -O2 -ffunction-sections -fdata-sections)
add_library(ICU::uc ALIAS icu_static)
