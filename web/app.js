// The offline page: a textarea, the <kashif-annotate> view that follows it,
// the legend with type filters, the entity table and the exports. It adds
// presentation only; every entity comes from the widget's `kashif-entities`.
import { KashifAnnotate, MAX_TEXT_BYTES, utf8Length } from './kashif-annotate.js';
import { createKashifClient } from './kashif-client.js';
import { SAMPLE_TEXT, stringsFor, typeNames, formatValue, valueLine, displayName, entityNames } from './strings.js';
import { TYPES, TYPE_STYLES } from './presentation.js';
import { typeStyleRules } from './entity-style.js';
import { keepSoftBreaks } from './soft-breaks.js';

const $ = (id) => document.getElementById(id);
const source = $('source');
const view = $('view');
const message = $('message');

const state = {
  lang: remembered('kashif-lang', 'ar') === 'en' ? 'en' : 'ar',
  theme: remembered('kashif-theme', ''),   // '' follows the system
  hidden: new Set(),                        // types filtered out
  result: null,                             // the last kashif-entities detail
  fileName: '',
  cycle: new Map(),                         // table entry → next mention to show
};

function remembered(key, fallback) {
  try { return localStorage.getItem(key) ?? fallback; } catch { return fallback; }
}
function remember(key, value) {
  try { localStorage.setItem(key, value); } catch { /* private mode: not kept */ }
}

// --- the engine: a module worker when served, a Blob worker in kashif.html ---

const bundled = document.getElementById('kashif-worker-source');
const client = bundled
  ? createKashifClient({ createWorker: blobWorker(bundled.textContent) })
  : createKashifClient();
KashifAnnotate.useClient(client);
KashifAnnotate.define();
// Load the wasm now, not on the first keystroke; tests and the benchmark
// wait for data-engine.
client.ready().then((r) => {
  document.body.dataset.engine = r.ok ? 'ready' : 'failed';
  if (!r.ok) showMessage(stringsFor(state.lang).error(r.error.message));
  registerServiceWorker();
});

// The single file is itself the download.
if (bundled) $('single-file-note').hidden = true;

function blobWorker(code) {
  // file:// pages may start classic workers from a Blob, not module workers.
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  return () => new Worker(url);
}

// After the engine is up: installing the worker fetches every file again,
// and on a first visit that would compete with the wasm the page waits for.
function registerServiceWorker() {
  if (location.protocol.startsWith('http') && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch(() => { /* still works online */ });
  }
}

// --- language and theme ---

function applyLanguage() {
  const s = stringsFor(state.lang);
  document.documentElement.lang = state.lang;
  document.documentElement.dir = s.dir;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = s[el.dataset.i18n];
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = s[el.dataset.i18nPlaceholder];
  const language = $('language');
  language.textContent = s.switchLanguage;
  language.lang = state.lang === 'ar' ? 'en' : 'ar';
  language.setAttribute('aria-label', s.switchLanguageName);
  applyTheme();
  renderLegend();
  renderTable();
}

function applyTheme() {
  const s = stringsFor(state.lang);
  const dark = state.theme ? state.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  if (state.theme) document.documentElement.dataset.theme = state.theme;
  else delete document.documentElement.dataset.theme;
  view.theme = state.theme;
  const button = $('theme');
  button.textContent = `${s.themeLabel}: ${dark ? s.themeDark : s.themeLight}`;
  button.setAttribute('aria-pressed', String(dark));
}

$('language').addEventListener('click', () => {
  state.lang = state.lang === 'ar' ? 'en' : 'ar';
  remember('kashif-lang', state.lang);
  applyLanguage();
});

$('theme').addEventListener('click', () => {
  const dark = state.theme ? state.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  state.theme = dark ? 'light' : 'dark';
  remember('kashif-theme', state.theme);
  applyTheme();
});

// The legend's colours and underlines come from the widget's own table.
const typeSheet = new CSSStyleSheet();
typeSheet.replaceSync(typeStyleRules({
  light: ':root', dark: ':root[data-theme="dark"]', auto: ':root:not([data-theme="light"])',
}));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, typeSheet];

// --- legend and type filters ---

// Each type: a switch (its sample, name and mention count) and "only this
// type". Built once per language; counts and states change in place, so
// focus stays on the button the user pressed.
function renderLegend() {
  const s = stringsFor(state.lang);
  const items = TYPES.filter((t) => TYPE_STYLES[t]).map((type) => {
    const full = typeNames(state.lang, type)[1];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'switch';
    button.dataset.type = type;
    // The type's full name in its own look (tint, colour, underline).
    const sample = document.createElement('span');
    sample.className = 'swatch';
    sample.dataset.type = type;
    sample.textContent = full;
    const count = document.createElement('span');
    count.className = 'count';
    button.append(sample, count);
    button.addEventListener('click', () => toggleType(type));
    const only = document.createElement('button');
    only.type = 'button';
    only.className = 'only';
    only.dataset.only = type;
    only.textContent = s.onlyType;
    only.setAttribute('aria-label', `${s.onlyType}: ${full}`);
    only.addEventListener('click', () => onlyType(type));
    const li = document.createElement('li');
    li.append(button, only);
    return li;
  });
  $('legend').replaceChildren(...items);
  updateLegend();
}

function updateLegend() {
  const r = state.result;
  const counts = new Map();
  if (r && r.ok) for (const e of r.entities) counts.set(e.type, (counts.get(e.type) || 0) + 1);
  for (const button of $('legend').querySelectorAll('button.switch')) {
    const type = button.dataset.type;
    const shown = !state.hidden.has(type);
    button.setAttribute('aria-pressed', String(shown));
    // A switched-off type was not analysed: no count to show.
    button.querySelector('.count').textContent = shown && r && r.ok ? (counts.get(type) || 0).toLocaleString(state.lang) : '';
  }
  const alone = TYPES.filter((t) => !state.hidden.has(t));
  for (const only of $('legend').querySelectorAll('button.only')) {
    only.setAttribute('aria-pressed', String(alone.length === 1 && alone[0] === only.dataset.only));
  }
}

function applyFilter() {
  view.types = state.hidden.size === 0 ? null : TYPES.filter((t) => !state.hidden.has(t));
  updateLegend();
}

function toggleType(type) {
  if (state.hidden.has(type)) state.hidden.delete(type);
  else state.hidden.add(type);
  applyFilter();
}

// Only `type`; pressed again, every type.
function onlyType(type) {
  const alone = state.hidden.size === TYPES.length - 1 && !state.hidden.has(type);
  state.hidden = alone ? new Set() : new Set(TYPES.filter((t) => t !== type));
  applyFilter();
}

// --- input: typing, paste, files ---

// Said once by a screen reader after an action (not on every keystroke).
function announce(text) {
  const region = $('announce');
  region.textContent = '';
  requestAnimationFrame(() => { region.textContent = text; });
}

function showMessage(text) {
  message.textContent = text;
  message.hidden = !text;
}

function sizeText(bytes) {
  return stringsFor(state.lang).megabytes(bytes / (1024 * 1024));
}

function tooLarge(bytes) {
  return stringsFor(state.lang).tooLarge(sizeText(bytes), sizeText(MAX_TEXT_BYTES));
}

function setText(text, fileName = '') {
  state.fileName = fileName;
  source.value = text;
  source.dispatchEvent(new Event('input'));  // the widget follows input events
}

source.addEventListener('input', () => {
  showMessage('');
  $('view-empty').hidden = source.value.trim() !== '';
});

// A huge paste is refused before the textarea takes it: inserting tens of
// megabytes would itself freeze the tab.
source.addEventListener('paste', (event) => {
  const pasted = event.clipboardData.getData('text/plain');
  const kept = source.value.length - (source.selectionEnd - source.selectionStart);
  if (pasted.length + kept > MAX_TEXT_BYTES || utf8Length(pasted) + utf8Length(source.value) > MAX_TEXT_BYTES) {
    event.preventDefault();
    showMessage(tooLarge(utf8Length(pasted)));
  }
});

// A long line (a PDF's text has no line breaks) is shown with soft breaks,
// which keep typing fast; `source.value` is still the text as pasted.
// After the size limit: a refused paste is not inserted.
keepSoftBreaks(source);

async function openFile(file) {
  const s = stringsFor(state.lang);
  if (!file) return;
  if (file.size > MAX_TEXT_BYTES) {
    showMessage(tooLarge(file.size));
    return;
  }
  if (file.type && !file.type.startsWith('text/') && !file.name.endsWith('.txt')) {
    showMessage(s.notText);
    return;
  }
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    showMessage(s.fileError);
    return;
  }
  // Arabic text files are often Windows-1256 rather than UTF-8.
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1256').decode(bytes);
  }
  setText(text, file.name.replace(/\.txt$/i, ''));
}

$('open').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', (event) => {
  openFile(event.target.files[0]);
  event.target.value = '';
});
source.addEventListener('dragover', (event) => event.preventDefault());
source.addEventListener('drop', (event) => {
  if (event.dataTransfer.files.length === 0) return;
  event.preventDefault();
  openFile(event.dataTransfer.files[0]);
});
$('sample').addEventListener('click', () => setText(SAMPLE_TEXT, 'example'));
$('clear').addEventListener('click', () => { setText(''); source.focus(); });

// --- the entity table ---

view.addEventListener('kashif-entities', (event) => {
  state.result = event.detail;
  state.cycle = new Map();
  renderTable();
  updateLegend();
});

function renderTable() {
  const s = stringsFor(state.lang);
  const r = state.result;
  // No text, no figures: the view's one empty-state message says it all.
  const empty = !r || (r.ok && (r.text || '').trim() === '');
  const status = $('status');
  if (empty) status.textContent = '';
  else if (r.ok) status.textContent = s.status(r.entities.length, r.ms || 0);
  else status.textContent = r.error.code === 'input_too_large' ? r.error.message : s.error(r.error.message);

  const rows = (r && r.ok ? r.table : []).map((entry) => {
    const tr = document.createElement('tr');
    tr.dataset.type = entry.type;
    // Each press goes to the next mention, keyboard focus with it.
    const show = () => {
      const at = (state.cycle.get(entry) || 0) % entry.mentions.length;
      state.cycle.set(entry, at + 1);
      view.showMentions(entry.mentions, at, { focus: true });
      announce(`${displayName(entry)}: ${s.mentionOf(at + 1, entry.mentions.length)}`);
    };
    const name = document.createElement('button');
    name.type = 'button';
    name.className = 'entry';
    const label = document.createElement('bdi');
    label.textContent = displayName(entry);
    name.append(label);
    name.addEventListener('click', show);
    const [short, full] = typeNames(state.lang, entry.type);
    const type = document.createElement('span');
    type.className = 'swatch';
    type.dataset.type = entry.type;
    type.textContent = short;
    type.title = full;
    const value = valueCell(fullestMention(r, entry), state.lang);
    const cells = [name, type, entry.count.toLocaleString(state.lang), value].map((content, i) => {
      const td = document.createElement('td');
      if (i === 2) td.className = 'num';
      if (i === 3) td.className = 'value';
      td.append(content);
      return td;
    });
    tr.append(...cells);
    tr.addEventListener('click', (event) => { if (!name.contains(event.target)) show(); });
    return tr;
  });
  $('entities').tBodies[0].replaceChildren(...rows);
  $('entities').hidden = rows.length === 0;
  $('table-empty').hidden = rows.length > 0 || empty;
  for (const id of ['export-json', 'export-jsonl', 'export-csv', 'export-table-csv', 'copy-html']) $(id).disabled = !(r && r.ok && r.text);
}

// The mention the table names an entry by (its number is written as there).
function fullestMention(r, entry) {
  return entry.mentions.map((i) => r.entities[i]).find((e) => e.text === entry.text) || r.entities[entry.mentions[0]];
}

/**
 * An entity's value for a cell: the reader's form (its own direction, so
 * م/7 reads right to left) and, beside it, the ISO form, left to right.
 */
function valueCell(entity, lang) {
  const { text, iso } = formatValue(entity.value, lang, entity.text);
  const cell = document.createDocumentFragment();
  if (text) {
    const shown = document.createElement('bdi');
    shown.textContent = text;
    cell.append(shown);
  }
  if (iso && iso !== text) {
    const machine = document.createElement('bdi');
    machine.className = 'iso';
    machine.dir = 'ltr';
    machine.textContent = iso;
    cell.append(machine);
  }
  return cell;
}

// --- exports ---

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function baseName() {
  return state.fileName || 'kashif';
}

// What the exports say of the filter: the types shown, or all.
function filterInForce() {
  return { types: state.hidden.size === 0 ? 'all' : TYPES.filter((t) => !state.hidden.has(t)) };
}

$('export-json').addEventListener('click', () => {
  const r = state.result;
  const names = entityNames(r);
  // Offsets stay in UTF-16 units, as in the JS API; the CLI's are code
  // points. `name` is how the text writes the thing; `matchKey` is the
  // analyser's internal key that groups its mentions, not for display.
  const entities = r.entities.map((e, i) => {
    const out = { start: e.start, end: e.end, type: e.type, text: e.text, name: names[i] };
    if (e.value) Object.assign(out, { value: e.value, valueText: valueLine(e.value, state.lang, e.text) });
    out.matchKey = e.canonical;
    return out;
  });
  const table = r.table.map((entry) => ({
    name: displayName(entry), type: entry.type, count: entry.count, mentions: entry.mentions, matchKey: entry.canonical,
  }));
  const record = {
    doc: baseName(), offsets: 'utf16', filter: filterInForce(), textLength: r.text.length, text: r.text, entities, table,
  };
  download(`${baseName()}.entities.json`, 'application/json', `${JSON.stringify(record, null, 2)}\n`);
});

// The record `kashif analyze --format jsonl` prints for this text saved as
// NAME.txt, written by the core in the worker (code point offsets, folded
// keys as the CLI gives them): for pipelines that read the CLI's output.
$('export-jsonl').addEventListener('click', async () => {
  const { text } = state.result;
  const types = state.hidden.size === 0 ? undefined : TYPES.filter((t) => !state.hidden.has(t));
  const r = await client.exportAs(text, { format: 'jsonl', doc: baseName(), types });
  if (r.ok) download(`${baseName()}.jsonl`, 'application/jsonl', r.output);
  else showMessage(stringsFor(state.lang).error(r.error.message));
});

// A cell that a spreadsheet would read as a formula gets a leading
// apostrophe: exported text is data, never instructions.
function csvCell(value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function downloadCsv(suffix, lines) {
  // The byte order mark makes spreadsheet programs read the Arabic as UTF-8.
  const csv = `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
  download(`${baseName()}.${suffix}.csv`, 'text/csv;charset=utf-8', csv);
}

// One row per mention.
$('export-csv').addEventListener('click', () => {
  const r = state.result;
  const names = entityNames(r);
  const lines = [['start', 'end', 'type', 'text', 'name', 'value', 'iso']];
  r.entities.forEach((e, i) => {
    const { text, iso } = formatValue(e.value, state.lang, e.text);
    lines.push([e.start, e.end, e.type, e.text, names[i], text, iso]);
  });
  downloadCsv('mentions', lines);
});

// One row per entity, as the table shows it.
$('export-table-csv').addEventListener('click', () => {
  const r = state.result;
  const lines = [['name', 'type', 'type_name', 'count', 'value', 'iso', 'first_start', 'first_end']];
  for (const entry of r.table) {
    const first = r.entities[entry.mentions[0]];
    const fullest = fullestMention(r, entry);
    const { text, iso } = formatValue(fullest.value, state.lang, fullest.text);
    lines.push([displayName(entry), entry.type, typeNames(state.lang, entry.type)[1], entry.count, text, iso, first.start, first.end]);
  }
  downloadCsv('entities', lines);
});

/**
 * The analysed text as an HTML fragment with inline-styled <mark>s, each
 * followed by its type's name in a visible label (colour is not the only cue).
 */
function highlightedHtml(text, entities, names, lang) {
  const root = document.createElement('div');
  root.dir = 'auto';
  root.style.whiteSpace = 'pre-wrap';
  let cursor = 0;
  entities.forEach((e, i) => {
    root.append(text.slice(cursor, e.start));
    const mark = document.createElement('mark');
    const { light: [fg, bg], line } = TYPE_STYLES[e.type];
    mark.style.background = bg;
    mark.style.color = 'inherit';
    mark.style.textDecoration = `underline ${line} ${fg}`;
    mark.dataset.type = e.type;
    const [short, full] = typeNames(lang, e.type);
    mark.title = `${names[i]}، ${full}`;
    mark.textContent = text.slice(e.start, e.end);
    const label = document.createElement('small');
    label.className = 'kashif-type';
    label.style.color = fg;
    label.style.fontWeight = 'bold';
    label.textContent = ` [${short}]`;
    root.append(mark, label);
    cursor = e.end;
  });
  root.append(text.slice(cursor));
  return root.outerHTML;
}

$('copy-html').addEventListener('click', async () => {
  const s = stringsFor(state.lang);
  const { text, entities } = state.result;
  const html = highlightedHtml(text, entities, entityNames(state.result), state.lang);
  try {
    await navigator.clipboard.write([new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    })]);
    showMessage(s.copied);
  } catch {
    showMessage(s.copyFailed);
  }
});

applyLanguage();
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', applyTheme);
$('view-empty').hidden = source.value.trim() !== '';
