// How each entity type looks, in one table for the widget and the page's
// legend. Colour is never the only cue: every type also has its own
// underline style (and the widget adds a text label). Foregrounds reach
// 4.5:1 or more against their tinted backgrounds in both themes, and two
// types that share an underline style differ in colour by ΔE ≥ 25 also under
// deuteranopia and protanopia (tests/browser/a11y.test.mjs). core/result_html.cc
// has the same table.

export const TYPE_STYLES = {
  //        light: [text, tint]      dark: [text, tint]        underline
  PERS:    { light: ['#1d4ed8', '#dbeafe'], dark: ['#9cc3ff', '#1c2d4f'], line: 'solid' },
  ORG:     { light: ['#7e22ce', '#f3e8ff'], dark: ['#d8b4fe', '#35204a'], line: 'double' },
  GPE:     { light: ['#047857', '#d1fae5'], dark: ['#6ee7b7', '#123b30'], line: 'dashed' },
  LOC:     { light: ['#0e7490', '#cffafe'], dark: ['#67e8f9', '#113a44'], line: 'dotted' },
  LAW:     { light: ['#b91c1c', '#fee2e2'], dark: ['#ff8a8a', '#4a1f1f'], line: 'wavy' },
  DATE:    { light: ['#92400e', '#fef3c7'], dark: ['#fcd34d', '#45341a'], line: 'solid' },
  EVENT:   { light: ['#b13a0b', '#ffedd5'], dark: ['#fdba74', '#4a2a12'], line: 'double' },
  POLICY:  { light: ['#4338ca', '#e0e7ff'], dark: ['#a5b4fc', '#272b55'], line: 'dashed' },
  OCC:     { light: ['#4d7c0f', '#ecfccb'], dark: ['#bef264', '#2c3a15'], line: 'dotted' },
  CONTACT: { light: ['#475569', '#e2e8f0'], dark: ['#e2e8f0', '#2b3340'], line: 'wavy' },
};

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
