# ICU's common library and trimmed data compiled from Debian's ICU source
# (build/icu-src, tools/install-deps.sh), for the builds that cannot use the
# system's libicuuc: wasm (cmake/emscripten.cmake) and the Python module
# (cmake/icu_static.cmake; Debian's libicuuc.a is not PIC). The data keeps
# what Kashif uses (cmake/icu_data_items.txt: NFKC and word break), 79 KB
# instead of libicudata's 30 MB.
#
# kashif_icu_from_source(TARGET OPTION...) defines TARGET (ICU common) and
# TARGET_data, compiled with the OPTIONs, and ICU::uc as an alias of TARGET.

set(ICU_SOURCE_DIR "${CMAKE_SOURCE_DIR}/build/icu-src/source")
if(NOT EXISTS "${ICU_SOURCE_DIR}/common/putil.cpp")
  message(FATAL_ERROR "ICU source missing in ${ICU_SOURCE_DIR}: run tools/install-deps.sh")
endif()

function(kashif_icu_from_source target)
  find_program(ICUPKG icupkg PATHS /usr/sbin /usr/bin REQUIRED)
  find_program(GENCCODE genccode PATHS /usr/sbin /usr/bin REQUIRED)
  set(data_dir "${CMAKE_BINARY_DIR}/icu-data")
  add_custom_command(
    OUTPUT "${data_dir}/icudt72l_dat.c"
    COMMAND ${CMAKE_COMMAND} -DICUPKG=${ICUPKG} -DGENCCODE=${GENCCODE}
            -DFULL_DAT=${ICU_SOURCE_DIR}/data/in/icudt72l.dat
            -DITEMS=${CMAKE_SOURCE_DIR}/cmake/icu_data_items.txt
            -DOUT_DIR=${data_dir} -P ${CMAKE_SOURCE_DIR}/cmake/icu_data.cmake
    DEPENDS "${CMAKE_SOURCE_DIR}/cmake/icu_data_items.txt" "${CMAKE_SOURCE_DIR}/cmake/icu_data.cmake"
    COMMENT "Trimming ICU data" VERBATIM)

  file(GLOB sources "${ICU_SOURCE_DIR}/common/*.cpp")
  # The data is its own target: ICU's headers, compiled as C outside the
  # library's implementation, type UChar as uint16_t.
  add_library(${target}_data STATIC "${data_dir}/icudt72l_dat.c")
  target_include_directories(${target}_data PRIVATE "${ICU_SOURCE_DIR}/common")

  add_library(${target} STATIC ${sources})
  target_link_libraries(${target} PUBLIC ${target}_data)
  target_include_directories(${target} SYSTEM PUBLIC "${ICU_SOURCE_DIR}/common")
  target_compile_definitions(${target}
    PUBLIC U_STATIC_IMPLEMENTATION U_CHARSET_IS_UTF8=1 UCONFIG_NO_LEGACY_CONVERSION=1
    PRIVATE U_COMMON_IMPLEMENTATION U_ENABLE_DYLOAD=0 U_HAVE_MMAP=0)
  target_compile_options(${target} PRIVATE ${ARGN})
  add_library(ICU::uc ALIAS ${target})
endfunction()
