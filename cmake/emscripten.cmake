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

# ICU is most of the code and little of the time: optimise it for size, and
# the core (Release, -O3) for speed. At -Os this emscripten barely inlines,
# and the core ran 4-5x slower (bench/README.md).
include(${CMAKE_SOURCE_DIR}/cmake/icu_from_source.cmake)
# Worktrees of one checkout may link the ICU another wasm build tree already
# compiled (-DKASHIF_ICU_WASM_FROM=/path/to/build/wasm) instead of compiling it
# again; the libraries are the same for every Kashif source tree.
set(KASHIF_ICU_WASM_FROM "" CACHE PATH "A wasm build tree whose libicu_wasm.a and libicu_wasm_data.a to link")
if(KASHIF_ICU_WASM_FROM)
  add_library(icu_wasm_data STATIC IMPORTED GLOBAL)
  set_target_properties(icu_wasm_data PROPERTIES IMPORTED_LOCATION "${KASHIF_ICU_WASM_FROM}/libicu_wasm_data.a")
  add_library(icu_wasm STATIC IMPORTED GLOBAL)
  set_target_properties(icu_wasm PROPERTIES
    IMPORTED_LOCATION "${KASHIF_ICU_WASM_FROM}/libicu_wasm.a"
    INTERFACE_INCLUDE_DIRECTORIES "${ICU_SOURCE_DIR}/common"
    INTERFACE_COMPILE_DEFINITIONS "U_STATIC_IMPLEMENTATION;U_CHARSET_IS_UTF8=1;UCONFIG_NO_LEGACY_CONVERSION=1"
    INTERFACE_LINK_LIBRARIES icu_wasm_data)
  add_library(ICU::uc ALIAS icu_wasm)
else()
  kashif_icu_from_source(icu_wasm -w -Os)
endif()

add_library(nlohmann_json INTERFACE)
target_include_directories(nlohmann_json SYSTEM INTERFACE "${KASHIF_WASM_INCLUDE}")
add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
set(KASHIF_CATCH2_INCLUDE "${KASHIF_WASM_INCLUDE}")
