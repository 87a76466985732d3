// <kashif-annotate>: shows a text with its entities highlighted.
//
//   <script type="module" src="kashif-annotate-define.js"></script>
//   <kashif-annotate types="PERS,ORG,GPE" theme="dark" lang="en">نص…</kashif-annotate>
//   <kashif-annotate for="article"></kashif-annotate>   <!-- the text of #article -->
//
// Attributes, each reflected as a property:
//   types  comma-separated entity types; absent means all, empty means none
//   theme  light | dark; absent follows the system
//   lang   the interface language (labels, details); absent: the nearest
//          [lang] ancestor's, else Arabic
//   for    id of the element whose text to annotate (a <textarea> or
//          <input> is followed as the user types); absent: the element's own text
// After each analysis it fires `kashif-entities` (bubbles, composed) whose
// detail is the analyze() result plus `text` (what the offsets index) and
// `ms`. Marks form one tab stop; arrow keys move between them, Enter or
// Space shows an entity's details, Escape closes them.
//
// Analysis runs in a worker (kashif-client.js) shared by every instance on
// the page. Text reaches the DOM only as text nodes.
import { createKashifClient } from './kashif-client.js';
import { stringsFor, typeNames, formatValue, entityNames } from './strings.js';
import { TYPES } from './presentation.js';
import { WIDGET_CSS } from './kashif-annotate-style.js';

/** Texts longer than this (UTF-8 bytes) are refused with a message. */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;
// Typing pauses this long before the text is analysed again; a long text
// waits longer (1 ms more per 1,000 characters, at most 1.5 s), so that
// typing into a megabyte does not re-analyse and redraw it at every pause.
const DEBOUNCE_MS = 150;
const MAX_DEBOUNCE_MS = 1500;
const BUSY_AFTER_MS = 300;
// A long text is cut at line ends into blocks of about this many UTF-16
// units, so the browser lays out only the blocks on screen.
const CHUNK_UNITS = 4000;
// A long view is drawn in slices of about this many milliseconds of work.
const SLICE_MS = 12;
const nextTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });
// A mark without these is laid out left to right, isolated (a phone number
// or an e-mail address in an Arabic line keeps its order).
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Where to end a piece of the view at or after `from`, within the text run
 * that ends at `limit` (marks are never cut): after the first line break in
 * the next CHUNK_UNITS units, else after a sentence's end, else after a
 * space; a line of one unbroken word is cut where the window ends. `limit`
 * when the run ends first. A text pasted from a PDF has no line breaks at
 * all: pieces are what keeps its layout to the screenful in view.
 */
function pieceEnd(text, from, limit) {
  const end = Math.min(limit, from + CHUNK_UNITS);
  const window = text.slice(from, end);
  const newline = window.indexOf('\n');
  if (newline !== -1) return from + newline + 1;
  const sentence = /[.!?؟؛](?=\s)/.exec(window);
  if (sentence) return from + sentence.index + 2;
  const space = window.search(/\s/);
  if (space !== -1) return from + space + 1;
  if (end === limit) return limit;
  // Not between the halves of a surrogate pair.
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end + 1 : end;
}

/** Bytes of `text` in UTF-8, without encoding it. */
export function utf8Length(text) {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x800) bytes += (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) ? 1 : 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

let sheet = null;
let sharedClient = null;
let channels = 0;
const followers = new Set();  // instances whose language comes from an ancestor
let langObserver = null;
let openWidget = null;  // the one instance whose details are shown, page-wide

function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
  }
  return sheet;
}

function client() {
  if (!sharedClient) sharedClient = createKashifClient();
  return sharedClient;
}

function element(tag, props = {}) {
  return Object.assign(document.createElement(tag), props);
}

export class KashifAnnotate extends HTMLElement {
  static define(tag = 'kashif-annotate', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  /** Sets the analysis client every instance uses (default: a module worker beside this file). */
  static useClient(kashifClient) {
    sharedClient = kashifClient;
  }

  static get observedAttributes() {
    return ['types', 'theme', 'lang', 'for'];
  }

  #text;
  #status;
  #details;
  #channel = `kashif-annotate-${++channels}`;
  #timer = 0;
  #serial = 0;        // of the newest analysis started
  #shownSerial = 0;   // of the analysis on screen
  #unwatch = null;
  #result = null;
  #marks = [];        // entity index → <mark>
  #entryOf = [];      // entity index → table entry
  #entities = [];
  #names = [];        // entity index → the display name of its entry
  #current = null;    // the mark that holds the tab stop
  #open = null;       // the mark whose details are shown
  #renderToken = null;  // the drawing in progress; a newer one replaces it
  #onOutside;         // document listeners while the details are shown
  #onEscape;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    this.#text = element('div', { className: 'text' });
    this.#text.setAttribute('dir', 'auto');
    this.#status = element('p', { className: 'status', hidden: true });
    // Announced only for errors (#showStatus), not for progress while typing.
    this.#status.setAttribute('aria-live', 'off');
    this.#details = element('div', { className: 'details', hidden: true, id: 'details' });
    this.#details.setAttribute('role', 'region');
    this.#details.setAttribute('aria-live', 'polite');
    this.#details.tabIndex = -1;  // a click inside keeps focus in the widget
    const frame = element('div', { className: 'frame' });
    frame.append(this.#status, this.#text, this.#details);
    root.append(frame);

    this.#text.addEventListener('keydown', (e) => this.#onKey(e));
    this.#text.addEventListener('click', (e) => {
      const mark = e.target.closest('mark');
      if (mark) this.#toggleDetails(mark);
    });
    this.#text.addEventListener('focusin', (e) => {
      if (e.target.localName === 'mark') this.#takeTabStop(e.target);
    });
    this.#text.addEventListener('mouseover', (e) => {
      const mark = e.target.closest('mark');
      if (mark) mark.title = this.#summary(Number(mark.dataset.i));
    });
    this.#details.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.#closeDetails(true);
    });
    // The details close when the user acts anywhere else: a click or tap
    // outside them and the marks, focus leaving the widget, Escape.
    this.#onOutside = (e) => {
      const path = e.composedPath();
      if (!path.includes(this.#details) && !path.some((n) => n.localName === 'mark' && this.#text.contains(n))) {
        this.#closeDetails(false);
      }
    };
    this.#onEscape = (e) => {
      if (e.key === 'Escape') this.#closeDetails(this.shadowRoot.activeElement !== null);
    };
    this.addEventListener('focusout', (e) => {
      if (!this.#open) return;
      const to = e.relatedTarget;
      if (to === null || (to !== this && !this.contains(to) && !this.shadowRoot.contains(to))) this.#closeDetails(false);
    });
  }

  connectedCallback() {
    this.#watchSource();
    this.#applyLanguage();
    followers.add(this);
    if (!langObserver) {
      // A page that switches its language switches every widget that follows it.
      langObserver = new MutationObserver(() => followers.forEach((w) => w.#applyLanguage()));
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.#schedule(true);
  }

  disconnectedCallback() {
    this.#closeDetails(false);
    this.#renderToken = null;
    followers.delete(this);
    if (this.#unwatch) this.#unwatch();
    this.#unwatch = null;
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'for') {
      this.#watchSource();
      this.#schedule(true);
    } else if (name === 'types') {
      this.#schedule(true);
    } else if (name === 'lang') {
      this.#applyLanguage();
    }
  }

  get types() { return this.getAttribute('types'); }
  set types(value) {
    if (value === null || value === undefined) this.removeAttribute('types');
    else this.setAttribute('types', Array.isArray(value) ? value.join(',') : String(value));
  }

  get theme() { return this.getAttribute('theme') || ''; }
  set theme(value) {
    if (value) this.setAttribute('theme', value);
    else this.removeAttribute('theme');
  }

  get for() { return this.getAttribute('for') || ''; }
  set for(value) {
    if (value) this.setAttribute('for', value);
    else this.removeAttribute('for');
  }

  get htmlFor() { return this.for; }
  set htmlFor(value) { this.for = value; }

  /** The last result fired in `kashif-entities`, or null. */
  get result() { return this.#result; }

  /** Reads the text again and analyses it now. */
  refresh() { this.#schedule(true); }

  /**
   * Scrolls to the mark of entity `indices[at]` and flashes the marks of all
   * of `indices` (indices into result.entities, as a table entry's mentions).
   */
  showMentions(indices, at = 0, { focus = false } = {}) {
    this.#closeDetails(false);
    const marks = indices.map((i) => this.#marks[i]).filter(Boolean);
    if (marks.length === 0) return;
    for (const mark of marks) {
      mark.classList.remove('flash');
      void mark.offsetWidth;  // restart the animation
      mark.classList.add('flash');
      mark.addEventListener('animationend', () => mark.classList.remove('flash'), { once: true });
    }
    const target = marks[((at % marks.length) + marks.length) % marks.length];
    this.#takeTabStop(target);
    // Keyboard focus follows the view: the next Tab or Enter acts on this mark.
    if (focus) target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  /** Hides the details of an entity, if shown. */
  closeDetails() { this.#closeDetails(false); }

  // --- the text source ---

  #target() {
    const id = this.getAttribute('for');
    if (!id) return null;
    const root = this.getRootNode();
    return (root.getElementById && root.getElementById(id)) || document.getElementById(id);
  }

  #readSource() {
    const target = this.#target();
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      return { text: target.value, pre: true };
    }
    if (this.hasAttribute('for') && !target) return { text: '', pre: false };
    return { text: (target || this).textContent, pre: false };
  }

  #watchSource() {
    if (this.#unwatch) this.#unwatch();
    const onChange = () => this.#schedule(false);
    const target = this.#target();
    if (this.hasAttribute('for') && !target && document.readyState === 'loading') {
      // The target may come later in the document.
      const retry = () => { this.#watchSource(); this.#schedule(true); };
      document.addEventListener('DOMContentLoaded', retry, { once: true });
      this.#unwatch = () => document.removeEventListener('DOMContentLoaded', retry);
    } else if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      target.addEventListener('input', onChange);
      this.#unwatch = () => target.removeEventListener('input', onChange);
    } else if (target || !this.hasAttribute('for')) {
      const observer = new MutationObserver(onChange);
      observer.observe(target || this, { childList: true, characterData: true, subtree: true });
      this.#unwatch = () => observer.disconnect();
    } else {
      this.#unwatch = null;
    }
  }

  // --- analysis ---

  #typeList() {
    const attr = this.getAttribute('types');
    if (attr === null) return null;
    return attr.split(/[\s,]+/).filter(Boolean).map((t) => t.toUpperCase());
  }

  #schedule(now) {
    clearTimeout(this.#timer);
    const shown = this.#result ? this.#result.text.length : 0;
    const wait = Math.min(MAX_DEBOUNCE_MS, DEBOUNCE_MS + shown / 1000);
    if (this.isConnected) this.#timer = setTimeout(() => this.#analyze(), now ? 0 : wait);
  }

  async #analyze() {
    const { text, pre } = this.#readSource();
    const serial = ++this.#serial;
    const types = this.#typeList();
    let result;
    if (utf8Length(text) > MAX_TEXT_BYTES) {
      const s = stringsFor(this.#language());
      const size = (bytes) => s.megabytes(bytes / (1024 * 1024));
      result = { ok: false, error: { code: 'input_too_large', message: s.tooLarge(size(utf8Length(text)), size(MAX_TEXT_BYTES)), byteOffset: 0 } };
    } else if (text.trim() === '' || (types && types.length === 0)) {
      result = { ok: true, entities: [], table: [], ms: 0 };  // nothing to ask the worker
    } else {
      const busy = setTimeout(() => this.#showStatus(stringsFor(this.#language()).analysing, false), BUSY_AFTER_MS);
      this.#text.setAttribute('aria-busy', 'true');
      result = await client().analyze(text, { types, channel: this.#channel });
      clearTimeout(busy);
      if (serial === this.#serial) this.#text.removeAttribute('aria-busy');
      if (!result.ok && (result.error.code === 'superseded' || result.error.code === 'aborted')) return;
    }
    // An older answer still shows progress while a newer one is on its way.
    if (serial < this.#shownSerial || !this.isConnected) return;
    this.#shownSerial = serial;
    this.#render(text, pre, result);
  }

  // --- rendering ---

  // Draws the text with its marks. A long text is drawn in slices of about
  // SLICE_MS, each its own task, so that keys typed meanwhile are handled at
  // once; a newer result abandons an older drawing. `kashif-entities` fires
  // when the whole view is drawn.
  async #render(text, pre, result) {
    const token = {};
    this.#renderToken = token;
    this.#closeDetails(false);
    this.#marks = [];
    this.#entryOf = [];
    this.#current = null;
    const entities = result.ok ? result.entities : [];
    this.#entities = entities;
    this.#names = entityNames(result);
    if (result.ok) {
      for (const entry of result.table) for (const i of entry.mentions) this.#entryOf[i] = entry;
      this.#status.hidden = true;
    } else {
      const s = stringsFor(this.#language());
      this.#showStatus(result.error.code === 'input_too_large' ? result.error.message : s.error(result.error.message), true);
    }

    // Leading and trailing white space (markup indentation) is not shown;
    // entities never start or end in it. A text over the limit is not shown
    // at all: laying it out would freeze the page.
    const tooLarge = !result.ok && result.error.code === 'input_too_large';
    const first = tooLarge ? -1 : text.search(/\S/);
    const from = first < 0 ? text.length : first;
    const to = first < 0 ? from : text.trimEnd().length;
    const lang = this.#language();
    const s = stringsFor(lang);
    const pieces = document.createDocumentFragment();
    let chunk = element('div', { className: 'chunk' });
    let chunkUnits = 0;
    pieces.append(chunk);
    const appendText = (a, b) => {
      while (a < b) {
        let cut = b;
        if (chunkUnits + (b - a) > CHUNK_UNITS) cut = pieceEnd(text, a + Math.max(0, CHUNK_UNITS - chunkUnits), b);
        chunk.append(text.slice(a, cut));
        chunkUnits += cut - a;
        a = cut;
        if (a < b) {
          chunk = element('div', { className: 'chunk' });
          chunkUnits = 0;
          pieces.append(chunk);
        }
      }
    };
    let shown = false;
    const show = () => {
      if (shown) {
        this.#text.append(pieces);
      } else {
        this.#text.classList.toggle('pre', pre);
        this.#text.replaceChildren(pieces);
        shown = true;
      }
    };
    let cursor = from;
    let sliceStart = performance.now();
    for (let i = 0; i < entities.length; i++) {
      if (i % 128 === 127 && performance.now() - sliceStart > SLICE_MS) {
        show();
        await nextTask();
        if (this.#renderToken !== token) return;
        sliceStart = performance.now();
      }
      const e = entities[i];
      appendText(cursor, e.start);
      const mark = element('mark', { tabIndex: -1, textContent: text.slice(e.start, e.end) });
      mark.dataset.type = e.type;
      mark.dataset.i = String(i);
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-expanded', 'false');
      if (!ARABIC_LETTER.test(mark.textContent)) mark.dir = 'ltr';
      // Heard as "نبيه بري، شخص": the text, then its type (the badge is CSS).
      mark.setAttribute('aria-label', s.markName(mark.textContent, typeNames(lang, e.type)[0]));
      chunk.append(mark);
      chunkUnits += e.end - e.start;
      this.#marks[i] = mark;
      if (i === 0) this.#takeTabStop(mark);
      cursor = e.end;
    }
    appendText(cursor, Math.max(cursor, to));
    show();
    this.#renderToken = null;

    const detail = { ...result, text };
    this.#result = detail;
    this.dispatchEvent(new CustomEvent('kashif-entities', { detail, bubbles: true, composed: true }));
  }

  #showStatus(message, isError) {
    this.#status.setAttribute('aria-live', isError ? 'polite' : 'off');
    this.#status.textContent = message;
    this.#status.classList.toggle('error', isError);
    this.#status.hidden = false;
  }

  #language() {
    const owner = this.closest('[lang]');
    return (owner && owner.getAttribute('lang')) || 'ar';
  }

  #applyLanguage() {
    const lang = this.#language();
    const s = stringsFor(lang);
    // Badge labels come from custom properties, so switching language does
    // not touch each mark.
    for (const type of TYPES) {
      this.#text.style.setProperty(`--kashif-label-${type}`, JSON.stringify(typeNames(lang, type)[0]));
    }
    for (const mark of this.#marks) {
      if (mark) mark.setAttribute('aria-label', s.markName(mark.textContent, typeNames(lang, mark.dataset.type)[0]));
    }
    this.#status.dir = s.dir;
    this.#details.dir = s.dir;
    this.#details.lang = lang;
    if (this.#open) this.#fillDetails(this.#open);
  }

  // --- keyboard and details ---

  #takeTabStop(mark) {
    if (this.#current && this.#current !== mark) this.#current.tabIndex = -1;
    mark.tabIndex = 0;
    this.#current = mark;
  }

  #onKey(e) {
    const mark = e.target.closest('mark');
    if (!mark) return;
    const i = Number(mark.dataset.i);
    const rtl = getComputedStyle(this.#text).direction === 'rtl';
    let next = null;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#toggleDetails(mark);
      return;
    }
    if (e.key === 'Escape') {
      this.#closeDetails(true);
      return;
    }
    if (e.key === 'ArrowDown' || e.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) next = i + 1;
    else if (e.key === 'ArrowUp' || e.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) next = i - 1;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.#marks.length - 1;
    if (next === null || !this.#marks[next]) return;
    e.preventDefault();
    this.#takeTabStop(this.#marks[next]);
    this.#marks[next].focus();
    if (this.#open) this.#openDetails(this.#marks[next]);
  }

  // A mark's title: the entity's name as written, its type and value.
  #summary(i) {
    const e = this.#entities[i];
    if (!e) return '';
    const lang = this.#language();
    const { text } = formatValue(e.value, lang, e.text);
    return [this.#names[i], typeNames(lang, e.type)[1], text].filter(Boolean).join(' · ');
  }

  #toggleDetails(mark) {
    if (this.#open === mark) this.#closeDetails(true);
    else this.#openDetails(mark);
  }

  #openDetails(mark) {
    if (openWidget && openWidget !== this) openWidget.closeDetails();
    openWidget = this;
    if (this.#open) this.#open.setAttribute('aria-expanded', 'false');
    else {
      document.addEventListener('pointerdown', this.#onOutside, true);
      document.addEventListener('keydown', this.#onEscape, true);
    }
    this.#open = mark;
    mark.setAttribute('aria-expanded', 'true');
    mark.setAttribute('aria-controls', 'details');
    this.#fillDetails(mark);
    this.#details.hidden = false;
    // Below the mark, kept inside the widget's width.
    const host = this.#details.offsetParent.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const width = this.#details.offsetWidth;
    const rtl = getComputedStyle(this.#details).direction === 'rtl';
    const wanted = (rtl ? box.right - width : box.left) - host.left;
    this.#details.style.left = `${Math.max(0, Math.min(wanted, host.width - width))}px`;
    // Above the mark when the window has no room below it.
    const height = this.#details.offsetHeight;
    const above = box.bottom + height + 6 > window.innerHeight && box.top - height - 6 >= 0;
    this.#details.style.top = `${(above ? box.top - height - 6 : box.bottom + 6) - host.top}px`;
  }

  #fillDetails(mark) {
    const i = Number(mark.dataset.i);
    const e = this.#entities[i];
    const lang = this.#language();
    const s = stringsFor(lang);
    const [short, full] = typeNames(lang, e.type);
    const close = element('button', { className: 'close', type: 'button', textContent: '×' });
    close.setAttribute('aria-label', s.close);
    close.addEventListener('click', () => this.#closeDetails(true));
    const name = element('p', { className: 'name' });
    name.append(element('bdi', { textContent: this.#names[i] || e.text }));
    const list = element('dl');
    const addRow = (label, ...content) => {
      const value = element('dd');
      value.append(...content);
      list.append(element('dt', { textContent: label }), value);
    };
    const chip = element('span', { className: 'chip', textContent: short });
    chip.dataset.type = e.type;
    addRow(s.colType, ...(short === full ? [chip] : [chip, ` ${full}`]));
    if (e.text !== this.#names[i]) addRow(s.asWritten, element('bdi', { textContent: e.text }));
    const { text, iso } = formatValue(e.value, lang, e.text);
    if (text) addRow(s.colValue, element('bdi', { textContent: text }));
    if (iso && iso !== text) addRow(s.isoValue, element('bdi', { textContent: iso, dir: 'ltr' }));
    const entry = this.#entryOf[i];
    if (entry && entry.count > 1) addRow(s.mentions, this.#mentionNavigation(entry, i, s, lang));
    else if (entry) addRow(s.mentions, entry.count.toLocaleString(lang));
    this.#details.replaceChildren(close, name, list);
    this.#details.setAttribute('aria-label', `${s.details}: ${this.#names[i] || e.text}`);
  }

  // "3 of 7" between buttons to the previous and next mention of the entry;
  // the details follow the mark they move to, and so does keyboard focus.
  #mentionNavigation(entry, i, s, lang) {
    const at = entry.mentions.indexOf(i);
    const nav = element('span', { className: 'nav' });
    const go = (step, className, label) => {
      const button = element('button', { type: 'button', className, textContent: label });
      button.addEventListener('click', () => {
        const n = entry.mentions.length;
        const mark = this.#marks[entry.mentions[(at + step + n) % n]];
        if (!mark) return;
        this.#takeTabStop(mark);
        mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
        this.#openDetails(mark);
        this.#details.querySelector(`.${className}`).focus();
      });
      return button;
    };
    const position = element('span', { className: 'position', textContent: s.mentionOf(at + 1, entry.mentions.length) });
    nav.append(go(-1, 'previous', s.previousMention), position, go(1, 'next', s.nextMention));
    return nav;
  }

  #closeDetails(refocus) {
    if (!this.#open) return;
    const mark = this.#open;
    this.#open = null;
    if (openWidget === this) openWidget = null;
    document.removeEventListener('pointerdown', this.#onOutside, true);
    document.removeEventListener('keydown', this.#onEscape, true);
    mark.setAttribute('aria-expanded', 'false');
    this.#details.hidden = true;
    if (refocus) mark.focus();
  }
}
