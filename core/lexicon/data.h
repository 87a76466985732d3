// The data files of core/data/, embedded into the library at build time by
// cmake/embed_data.cmake, so the core needs no file system (and the wasm
// build no fetch) to load its word lists.
#ifndef KASHIF_CORE_DATA_H_
#define KASHIF_CORE_DATA_H_

#include <iterator>
#include <string_view>
#include <vector>

namespace kashif {

struct EmbeddedFile {
  std::string_view name;     // file name, e.g. "places.tsv"
  std::string_view content;  // UTF-8
};

std::vector<EmbeddedFile> embedded_files();

}  // namespace kashif

#endif  // KASHIF_CORE_DATA_H_
