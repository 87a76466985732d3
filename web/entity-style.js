// How each entity type looks, as CSS for the widget and the page's legend.
// The colours and underline styles are the core's table
// (core/data/tables/entity_types.tsv, through web/presentation.js), which
// `kashif analyze --format html` draws with too. Colour is never the only
// cue: every type also has its own underline style (and the widget adds a
// text label).
import { TYPE_STYLES } from './presentation.js';

/**
 * CSS giving every `[data-type=X]` element under the scopes the custom
 * properties --k-fg, --k-bg and --k-line. `dark` is the selector of an
 * explicit dark theme; `auto` is the one that turns dark when the system
 * prefers it and no theme was chosen.
 */
export function typeStyleRules({ light, dark, auto }) {
  const rules = [];
  const autoRules = [];
  for (const [type, s] of Object.entries(TYPE_STYLES)) {
    const item = `[data-type="${type}"]`;
    rules.push(`${light} ${item} { --k-fg: ${s.light[0]}; --k-bg: ${s.light[1]}; --k-line: ${s.line}; }`);
    const darkBody = `--k-fg: ${s.dark[0]}; --k-bg: ${s.dark[1]};`;
    rules.push(`${dark} ${item} { ${darkBody} }`);
    autoRules.push(`${auto} ${item} { ${darkBody} }`);
  }
  return `${rules.join('\n')}\n@media (prefers-color-scheme: dark) {\n${autoRules.join('\n')}\n}\n`;
}
