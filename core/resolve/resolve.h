// Document-level resolution: from the recognisers' overlapping mentions to
// the flat entity list, and from that to one entity table per document.
//
// Guarantees: the returned entities are sorted, do not overlap, lie inside the
// original text and never start or end with white space or punctuation
// (a closing bracket or quote whose opener is inside the span is kept, as
// GUIDE.md asks); `text` is exactly the original characters. Where mentions
// overlap, the higher Priority wins, then the longer span, then the earlier.
// Table rows group entities of one type and one canonical name.
#ifndef KASHIF_CORE_RESOLVE_H_
#define KASHIF_CORE_RESOLVE_H_

#include <string>
#include <vector>

#include "core/entity.h"
#include "core/lexicon/lexicon.h"
#include "core/text/normalize.h"

namespace kashif {

// The entities of one stretch of a document: the mentions that win the
// overlaps, mapped to the original text. `original` is that stretch and
// `doc` its normalised form; offsets are the stretch's own.
std::vector<Entity> resolve_entities(std::u32string_view original, const Normalized& doc,
                                     const std::vector<Mention>& mentions, TypeSet types);

// One name per person: a one-word PERS entity that is the family or given
// name of exactly one multi-word PERS entity before it (`باسيل` after
// `جبران باسيل`, whichever recogniser found either) takes that entity's
// canonical. A last name after a nasab particle (`… بن عبدالعزيز`) is a
// forefather's, not the family's, and links nothing. Runs over the whole
// document, after every segment.
void unify_short_names(const Lexicon& lexicon, std::vector<Entity>* entities);

// The entity table of a document: one row per type and canonical name, its
// mentions in text order, displayed by its longest mention.
std::vector<TableEntry> build_table(const std::vector<Entity>& entities);

// The mentions that win the overlaps, by resolve()'s rule, as indices into
// `mentions` in text order, keeping only the winners of a type in `types`
// (so a filtered result is always a subset of the unfiltered one). Mentions
// outside [0, text_size) never win.
std::vector<size_t> select_mentions(const std::vector<Mention>& mentions, size_t text_size,
                                    TypeSet types);

// The canonical key of a name: its matching form with runs of white space and
// punctuation folded to one space, as UTF-8.
std::string canonical_name(std::u32string_view matching_form);

}  // namespace kashif

#endif  // KASHIF_CORE_RESOLVE_H_
