// EVENT names (named days, forums, conferences, campaigns) and POLICY names
// (strategies, national plans, programmes, frameworks, goals), both built on a
// head phrase from core/data/org_heads.tsv and carried on by name_chain.h.
//
// A head alone or with adjectives only (`المنتدى`, `الاستراتيجية الوطنية`) is
// a generic reference; a name needs more: a `ل…` complement (`اليوم العالمي
// لمكافحة الاتجار بالبشر`), a known name inside (`خطة عمل الأمم المتحدة`), a
// year (`خطة التنمية الوطنية الكويتية 2035`, the year inside the POLICY), a
// long idafa chain, or a head that is itself a full name (`أهداف التنمية
// المستدامة`). An event may name its region (`… في الشرق الأوسط`). A campaign
// head followed by a quoted or bracketed title (`حملة بعنوان (أصوات الضحايا
// تقود الطريق)`) gives the title, without its brackets, as the EVENT.
//
// Guarantees: mentions lie on token boundaries, never start at a proclitic,
// and have Priority::kTriggeredName (an ORG or LAW that contains them wins by
// length or priority).
#ifndef KASHIF_CORE_EVENT_POLICY_H_
#define KASHIF_CORE_EVENT_POLICY_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void find_events_and_policies(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_EVENT_POLICY_H_
