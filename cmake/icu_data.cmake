# Trims ICU's data package to the items the core uses (cmake/icu_data_items.txt)
# and turns it into a C source whose symbol is ICU's entry point icudt72_dat.
# Run by the wasm build:
#   cmake -DICUPKG=... -DGENCCODE=... -DFULL_DAT=... -DITEMS=... -DOUT_DIR=... -P icu_data.cmake
file(REMOVE_RECURSE "${OUT_DIR}/items")
file(MAKE_DIRECTORY "${OUT_DIR}/items")
execute_process(COMMAND "${ICUPKG}" -d "${OUT_DIR}/items" -x "${ITEMS}" "${FULL_DAT}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "icupkg could not extract ${ITEMS} from ${FULL_DAT}")
endif()
execute_process(COMMAND "${ICUPKG}" --ignore-deps -a "${ITEMS}" -s "${OUT_DIR}/items"
                        new "${OUT_DIR}/icudt72l.dat" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "icupkg could not build the trimmed data package")
endif()
execute_process(COMMAND "${GENCCODE}" -d "${OUT_DIR}" "${OUT_DIR}/icudt72l.dat"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "genccode failed")
endif()
# ICU looks for its data under the entry point icudt72_dat; genccode names
# the symbol after the file (icudt72l_dat).
file(READ "${OUT_DIR}/icudt72l_dat.c" ccode)
string(REPLACE "icudt72l_dat" "icudt72_dat" ccode "${ccode}")
file(WRITE "${OUT_DIR}/icudt72l_dat.c" "${ccode}")
file(SIZE "${OUT_DIR}/icudt72l.dat" raw_size)
execute_process(COMMAND gzip -9 -c "${OUT_DIR}/icudt72l.dat" OUTPUT_FILE "${OUT_DIR}/icudt72l.dat.gz")
file(SIZE "${OUT_DIR}/icudt72l.dat.gz" gz_size)
message(STATUS "ICU data for wasm: ${raw_size} bytes raw, ${gz_size} bytes gzipped")
