// The widget's shadow-root stylesheet. A string here rather than a .css file
// so that one script tag brings everything, and a constructed stylesheet
// passes a CSP without 'unsafe-inline'.
//
// Everything is drawn inside one `.frame` that starts from `all: initial`:
// the page's rules cannot reach into a shadow tree, and the reset stops the
// properties that inherit through the host (a partner's huge font, text
// transforms, colours) from leaking in. The host itself stays an ordinary
// block the page may size and place. Sizes start from `medium` (the
// reader's default font size), not from the page's rem. Custom properties
// (--kashif-font-size, --kashif-font-family, --kashif-line-height,
// --kashif-background, --kashif-padding) are the styling hooks.
import { TYPES } from './presentation.js';
import { typeStyleRules } from './entity-style.js';

const THEMES = {
  light: '--k-text: #1a1a1f; --k-muted: #55555f; --k-page: #fffdf8; --k-rule: #d9d4c7; --k-focus: #0b57d0; --k-shadow: rgb(0 0 0 / 0.18);',
  dark: '--k-text: #e8e6e3; --k-muted: #a9a6a0; --k-page: #17181c; --k-rule: #3a3c44; --k-focus: #8ab4f8; --k-shadow: rgb(0 0 0 / 0.6);',
};

export const WIDGET_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }

.frame {
  all: initial;
  display: block;
  position: relative;
  font-family: var(--kashif-font-family, "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", serif);
  font-size: var(--kashif-font-size, medium);
  line-height: var(--kashif-line-height, 2);
  color: var(--k-text);
  background: var(--kashif-background, var(--k-page));
  padding: var(--kashif-padding, 0.75em 1em);
  border-radius: 0.5em;
  text-align: start;
  ${THEMES.light}
}
:host([theme="dark"]) .frame { ${THEMES.dark} }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) .frame { ${THEMES.dark} } }

${typeStyleRules({ light: '.frame', dark: ':host([theme="dark"]) .frame', auto: ':host(:not([theme="light"])) .frame' })}

.text { white-space: pre-line; overflow-wrap: break-word; margin: 0; }
.text.pre { white-space: pre-wrap; }
/* Off-screen parts of a long text are neither laid out nor painted. */
.chunk { display: block; content-visibility: auto; contain-intrinsic-size: auto 60em; }

/* No bidi isolation on marks: an isolate ends the Arabic word's shaping at
   its edge (للأمم would draw as ل لأمم). Marks without Arabic letters
   (numbers, addresses) carry dir="ltr", which isolates them left to right. */
mark {
  color: inherit;
  background: var(--k-bg);
  text-decoration: underline var(--k-line) var(--k-fg);
  text-decoration-thickness: 0.09em;
  text-underline-offset: 0.4em;
  text-decoration-skip-ink: none;
  border-radius: 0.25em;
  padding: 0.05em 0.12em;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
  cursor: pointer;
}
mark::after {
  unicode-bidi: isolate;
  margin-inline-start: 0.3em;
  padding: 0 0.35em;
  border: 1px solid currentColor;
  border-radius: 0.7em;
  color: var(--k-fg);
  font: 600 0.62em/1.5 "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif;
  vertical-align: 0.25em;
  white-space: nowrap;
}
/* The badge is not read out: each mark's aria-label already names its type. */
${TYPES.map((t) => `mark[data-type="${t}"]::after { content: var(--kashif-label-${t}) / ""; }`).join('\n')}
mark:focus { outline: none; }
mark:focus-visible { outline: 0.15em solid var(--k-focus); outline-offset: 0.15em; }
mark.flash { animation: kashif-flash 0.8s ease-in-out 3; }
@keyframes kashif-flash {
  0%, 100% { box-shadow: 0 0 0 0 transparent; }
  50% { box-shadow: 0 0 0 0.25em var(--k-fg); }
}
@media (prefers-reduced-motion: reduce) {
  mark.flash { animation: none; outline: 0.2em solid var(--k-fg); outline-offset: 0.1em; }
}

.status { margin: 0; color: var(--k-muted); font: 0.9em/1.6 "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif; }
.status.error { color: var(--k-text); border-inline-start: 0.25em solid #d93025; padding-inline-start: 0.6em; }
.status[hidden], .details[hidden] { display: none; }

.details {
  position: absolute;
  z-index: 1;
  max-width: min(24em, 90%);
  min-width: 12em;
  box-sizing: border-box;
  padding: 0.6em 0.9em 0.7em;
  background: var(--k-page);
  color: var(--k-text);
  border: 1px solid var(--k-rule);
  border-radius: 0.5em;
  box-shadow: 0 0.4em 1.4em var(--k-shadow);
  font: 0.9em/1.6 "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif;
}
.details .name { margin: 0 0 0.3em; padding-inline-end: 1.8em; font: 700 1.15em/1.5 "Noto Naskh Arabic", "Noto Sans Arabic", serif; }
.details dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.1em 0.8em; }
.details dt { color: var(--k-muted); }
.details dd { margin: 0; overflow-wrap: anywhere; }
.details .chip { background: var(--k-bg); color: var(--k-fg); border-radius: 0.6em; padding: 0 0.45em; font-weight: 600; }
.details:focus { outline: none; }
.details .nav { display: inline-flex; align-items: center; gap: 0.4em; flex-wrap: wrap; }
.details .nav button {
  font: inherit; font-size: 0.9em; padding: 0 0.5em; cursor: pointer;
  color: var(--k-text); background: transparent; border: 1px solid var(--k-rule); border-radius: 0.4em;
}
.details .nav button:hover { border-color: var(--k-focus); }
.details .nav button:focus-visible { outline: 0.15em solid var(--k-focus); }
.details .close {
  position: absolute; inset-block-start: 0.35em; inset-inline-end: 0.35em;
  width: 1.8em; height: 1.8em; border: 0; border-radius: 50%;
  background: transparent; color: var(--k-muted); font: inherit; font-size: 1.1em; line-height: 1; cursor: pointer;
}
.details .close:hover { background: var(--k-rule); }
.details .close:focus-visible { outline: 0.15em solid var(--k-focus); }
`;
