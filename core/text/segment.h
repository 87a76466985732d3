// Splits a long document into stretches that are analysed one at a time,
// so memory stays bounded by the stretch, not the document.
//
// Guarantees: the segments are contiguous, cover the text exactly and are
// non-empty; each is at most `max_size` code points. A segment ends after a
// line break when one lies in its second half, else after white space, and
// only when neither exists is a word cut. Names never run across a line
// break (the recognisers stop there), so a break at one costs no entity.
#ifndef KASHIF_CORE_SEGMENT_H_
#define KASHIF_CORE_SEGMENT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kashif {

struct Segment {
  uint32_t begin;
  uint32_t end;
};

std::vector<Segment> split_segments(std::u32string_view text, size_t max_size);

}  // namespace kashif

#endif  // KASHIF_CORE_SEGMENT_H_
