// The offline page: a textarea, the <kashif-annotate> view that follows it,
// the legend with type filters, the entity table and the exports. It adds
// presentation only; every entity comes from the widget's `kashif-entities`.
import { KashifAnnotate, MAX_TEXT_BYTES, utf8Length } from './kashif-annotate.js';
import { createKashifClient } from './kashif-client.js';
import { SAMPLE_TEXT, TYPES, stringsFor, typeNames, formatValue } from './strings.js';
import { TYPE_STYLES, typeStyleRules } from './entity-style.js';

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

function renderLegend() {
  const items = TYPES.filter((t) => TYPE_STYLES[t]).map((type) => {
    const [short, full] = typeNames(state.lang, type);
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.type = type;
    button.setAttribute('aria-pressed', String(!state.hidden.has(type)));
    const sample = document.createElement('span');
    sample.className = 'swatch';
    sample.dataset.type = type;
    sample.textContent = short;
    button.append(sample, document.createTextNode(full));
    button.addEventListener('click', () => toggleType(type));
    const li = document.createElement('li');
    li.append(button);
    return li;
  });
  $('legend').replaceChildren(...items);
}

function toggleType(type) {
  if (state.hidden.has(type)) state.hidden.delete(type);
  else state.hidden.add(type);
  view.types = state.hidden.size === 0 ? null : TYPES.filter((t) => !state.hidden.has(t));
  renderLegend();
  $('legend').querySelector(`[data-type="${type}"]`).focus();
}

// --- input: typing, paste, files ---

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
});

function renderTable() {
  const s = stringsFor(state.lang);
  const r = state.result;
  const status = $('status');
  if (!r) status.textContent = '';
  else if (r.ok) status.textContent = s.status(r.entities.length, r.ms || 0);
  else status.textContent = r.error.code === 'input_too_large' ? r.error.message : s.error(r.error.message);

  const rows = (r && r.ok ? r.table : []).map((entry) => {
    const tr = document.createElement('tr');
    tr.dataset.type = entry.type;
    const show = () => {
      const at = state.cycle.get(entry) || 0;
      state.cycle.set(entry, at + 1);
      view.showMentions(entry.mentions, at);
    };
    const name = document.createElement('button');
    name.type = 'button';
    name.className = 'entry';
    const label = document.createElement('bdi');
    label.textContent = entry.text;
    name.append(label);
    if (entry.canonical !== entry.text) {
      const canonical = document.createElement('bdi');
      canonical.className = 'canonical';
      canonical.textContent = entry.canonical;
      canonical.title = s.canonical;
      name.append(canonical);
    }
    name.addEventListener('click', show);
    const [short, full] = typeNames(state.lang, entry.type);
    const type = document.createElement('span');
    type.className = 'swatch';
    type.dataset.type = entry.type;
    type.textContent = short;
    type.title = full;
    const value = document.createElement('bdi');
    value.dir = 'ltr';
    value.textContent = formatValue(r.entities[entry.mentions[0]].value);
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
  $('table-empty').hidden = rows.length > 0;
  for (const id of ['export-json', 'export-csv', 'copy-html']) $(id).disabled = !(r && r.ok && r.text);
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

$('export-json').addEventListener('click', () => {
  const { entities, table } = state.result;
  // Offsets stay in UTF-16 units, as in the JS API; the CLI's are code points.
  const record = { doc: baseName(), offsets: 'utf16', entities, table };
  download(`${baseName()}.entities.json`, 'application/json', `${JSON.stringify(record, null, 2)}\n`);
});

// A cell that a spreadsheet would read as a formula gets a leading
// apostrophe: exported text is data, never instructions.
function csvCell(value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

$('export-csv').addEventListener('click', () => {
  const lines = [['start', 'end', 'type', 'text', 'canonical', 'value']];
  for (const e of state.result.entities) lines.push([e.start, e.end, e.type, e.text, e.canonical, formatValue(e.value)]);
  // The byte order mark makes spreadsheet programs read the Arabic as UTF-8.
  const csv = `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
  download(`${baseName()}.entities.csv`, 'text/csv;charset=utf-8', csv);
});

/** The analysed text as an HTML fragment with inline-styled <mark>s. */
function highlightedHtml(text, entities, lang) {
  const root = document.createElement('div');
  root.dir = 'auto';
  root.style.whiteSpace = 'pre-wrap';
  let cursor = 0;
  for (const e of entities) {
    root.append(text.slice(cursor, e.start));
    const mark = document.createElement('mark');
    const { light: [fg, bg], line } = TYPE_STYLES[e.type];
    mark.style.background = bg;
    mark.style.color = 'inherit';
    mark.style.textDecoration = `underline ${line} ${fg}`;
    mark.dataset.type = e.type;
    mark.title = `${typeNames(lang, e.type)[1]}: ${e.canonical}`;
    mark.textContent = text.slice(e.start, e.end);
    root.append(mark);
    cursor = e.end;
  }
  root.append(text.slice(cursor));
  return root.outerHTML;
}

$('copy-html').addEventListener('click', async () => {
  const s = stringsFor(state.lang);
  const { text, entities } = state.result;
  const html = highlightedHtml(text, entities, state.lang);
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
