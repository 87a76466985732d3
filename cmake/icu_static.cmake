# ICU compiled from source as position-independent code, for the Python
# module: linking ICU in statically means a wheel needs no libicu on the
# machine it lands on. ICU's symbols stay inside the module (--exclude-libs
# in CMakeLists.txt), so another ICU in the process is no clash.
include(${CMAKE_SOURCE_DIR}/cmake/icu_from_source.cmake)
kashif_icu_from_source(icu_static -w -O2 -ffunction-sections -fdata-sections)
