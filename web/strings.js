// Every string the page and the widget show, in Arabic and English. Nothing
// user-visible is written anywhere else but in the presentation tables the
// core shares (type names and the words of values: web/presentation.js,
// generated from core/data/tables/); a new language is one more column.
import { TYPE_NAMES, VALUE_WORDS } from './presentation.js';

// The example text is content, not interface: Arabic in every language.
export const SAMPLE_TEXT = 'أعلنت الأمم المتحدة في دولة الكويت يوم 15 نوفمبر 2021 أن الحكومة ستعرض على مجلس الأمة تعديل القانون رقم 91 لسنة 2013 بشأن مكافحة الاتجار بالأشخاص، بالتعاون مع قطر ومنظمة الهجرة الدولية. وقال وزير العمل الدكتور طارق الشيخ إن الخطة تشمل دول الخليج.';

// Arabic counted nouns: the noun's number follows the count (١ كيان،
// ٢ كيانان، ٣–١٠ كيانات، ١١–٩٩ كيانًا، ١٠٠ كيان).
function arabicCount(n) {
  if (n === 0) return 'لا كيانات';
  if (n === 1) return 'كيان واحد';
  if (n === 2) return 'كيانان';
  const rest = n % 100;
  const noun = rest >= 3 && rest <= 10 ? 'كيانات' : rest >= 11 ? 'كيانًا' : 'كيان';
  return `${n.toLocaleString('ar')} ${noun}`;
}

export const STRINGS = {
  ar: {
    dir: 'rtl',
    title: 'كاشف',
    tagline: 'الأشخاص والهيئات والأماكن والتشريعات والتواريخ في النص العربي، على جهازك وحده',
    switchLanguage: 'English',
    switchLanguageName: 'Switch the interface to English',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    themeLabel: 'المظهر',
    inputLabel: 'النص',
    inputPlaceholder: 'الصق نصًّا أو اكتبه هنا، أو افتح ملفًّا نصيًّا…',
    openFile: 'فتح ملف ‎.txt',
    sample: 'مثال',
    clear: 'مسح',
    viewLabel: 'النص مع الكيانات',
    viewEmpty: 'ستظهر الكيانات هنا.',
    legend: 'الأنواع',
    legendHint: 'اضغط نوعًا لإخفائه أو إظهاره، أو «وحده» لعرضه دون غيره.',
    onlyType: 'وحده',
    labels: 'إظهار تسميات الأنواع',
    tableTitle: 'جدول الكيانات',
    tableEmpty: 'لم يُعثر على كيانات في هذا النص.',
    colName: 'الاسم',
    colType: 'النوع',
    colCount: 'العدد',
    colValue: 'القيمة',
    asWritten: 'كما ورد هنا',
    isoValue: 'القيمة المعيارية',
    mentions: 'الإشارات',
    exportsLabel: 'تصدير:',
    exportTableCsv: 'الجدول CSV',
    exportCsv: 'الإشارات CSV',
    exportJson: 'JSON',
    exportJsonl: 'JSONL (كما في kashif)',
    copyHtml: 'نسخ كـHTML',
    copied: 'نُسخ النص المظلل.',
    copyFailed: 'تعذّر النسخ: لم يسمح المتصفح بالوصول إلى الحافظة.',
    analysing: 'جارٍ التحليل…',
    status: (n, ms) => `${arabicCount(n)}، حُلّل في ${ms < 1 ? 'أقل من ملّي ثانية' : `${Math.round(ms).toLocaleString('ar')} ملّي ثانية`}`,
    markName: (text, type) => `${text}، ${type}`,
    tooLarge: (size, limit) => `النص كبير جدًّا (${size}): تقبل الصفحة حتى ${limit}. قسّمه إلى أجزاء، أو استعمل أداة سطر الأوامر kashif.`,
    fileError: 'تعذّرت قراءة الملف.',
    notText: 'هذا ليس ملفًّا نصيًّا (.txt).',
    error: (message) => `تعذّر التحليل: ${message}`,
    details: 'تفاصيل',
    mentionOf: (n, total) => `${n.toLocaleString('ar')} من ${total.toLocaleString('ar')}`,
    previousMention: 'السابقة',
    nextMention: 'التالية',
    close: 'إغلاق',
    offline: 'يعمل دون اتصال: لا يغادر النص جهازك.',
    downloadSingle: 'نزّل كاشف في ملف واحد (kashif.html) يُفتح من القرص مباشرة',
    megabytes: (n) => `${n.toLocaleString('ar', { maximumFractionDigits: 1 })} م.ب`,
  },
  en: {
    dir: 'ltr',
    title: 'Kashif',
    tagline: 'People, organisations, places, laws and dates in Arabic text, on your own device',
    switchLanguage: 'العربية',
    switchLanguageName: 'الواجهة بالعربية',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeLabel: 'Theme',
    inputLabel: 'Text',
    inputPlaceholder: 'Paste or type Arabic text here, or open a text file…',
    openFile: 'Open .txt file',
    sample: 'Example',
    clear: 'Clear',
    viewLabel: 'Text with entities',
    viewEmpty: 'Entities will appear here.',
    legend: 'Types',
    legendHint: 'Press a type to hide or show it, or “only” to show it alone.',
    onlyType: 'only',
    labels: 'Show type labels',
    tableTitle: 'Entity table',
    tableEmpty: 'No entities found in this text.',
    colName: 'Name',
    colType: 'Type',
    colCount: 'Count',
    colValue: 'Value',
    asWritten: 'Written here as',
    isoValue: 'Standard value',
    mentions: 'Mentions',
    exportsLabel: 'Export:',
    exportTableCsv: 'Table CSV',
    exportCsv: 'Mentions CSV',
    exportJson: 'JSON',
    exportJsonl: 'JSONL (as kashif)',
    copyHtml: 'Copy as HTML',
    copied: 'Highlighted text copied.',
    copyFailed: 'Could not copy: the browser refused access to the clipboard.',
    analysing: 'Analysing…',
    status: (n, ms) => `${n.toLocaleString('en')} ${n === 1 ? 'entity' : 'entities'}, analysed in ${ms < 1 ? 'under 1' : Math.round(ms).toLocaleString('en')} ms`,
    markName: (text, type) => `${text}, ${type}`,
    tooLarge: (size, limit) => `This text is too large (${size}): the page takes up to ${limit}. Split it, or use the kashif command-line tool.`,
    fileError: 'The file could not be read.',
    notText: 'This is not a text (.txt) file.',
    error: (message) => `Analysis failed: ${message}`,
    details: 'Details',
    mentionOf: (n, total) => `${n} of ${total}`,
    previousMention: 'Previous',
    nextMention: 'Next',
    close: 'Close',
    offline: 'Works offline: the text never leaves your device.',
    downloadSingle: 'Download Kashif as one file (kashif.html) to open straight from disk',
    megabytes: (n) => `${n.toLocaleString('en', { maximumFractionDigits: 1 })} MB`,
  },
};

/** The strings of `lang` ('ar', 'en', 'en-GB', …), Arabic when unknown. */
export function stringsFor(lang) {
  const base = String(lang || '').toLowerCase().split('-')[0];
  return STRINGS[base] || STRINGS.ar;
}

/** [short badge label, full name] of an entity type in `lang`. */
export function typeNames(lang, type) {
  return TYPE_NAMES[stringsFor(lang) === STRINGS.en ? 'en' : 'ar'][type] || [type, type];
}

// --- values and names as a reader reads them ---
//
// core/output/result_html.cc writes the same values for `kashif analyze --format
// html` with the same words (core/data/tables/value_words.tsv);
// tests/wasm/display.test.mjs and tests/browser/presentation.test.mjs
// compare the two: change the rules together.

/** The words of values in `lang`: VALUE_WORDS.ar or .en. */
function wordsFor(lang) {
  return VALUE_WORDS[stringsFor(lang) === STRINGS.en ? 'en' : 'ar'];
}

/**
 * Arabic text in a matching form close to the core's (core/normalize.h):
 * alef forms to ا, ة to ه, ى to ي, no diacritics or tatweel, Arabic-Indic
 * digits to ASCII. For finding a folded value back in its mention.
 */
export function fold(text) {
  let out = '';
  for (const c of String(text)) out += foldChar(c);
  return out;
}

function foldChar(c) {
  if ('أإآٱ'.includes(c)) return 'ا';
  if (c === 'ة') return 'ه';
  if (c === 'ى') return 'ي';
  if (c === 'ؤ') return 'و';
  if (c === 'ئ') return 'ي';
  const code = c.codePointAt(0);
  if ((code >= 0x064B && code <= 0x065F) || code === 0x0670 || code === 0x0640) return '';
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06F0 && code <= 0x06F9) return String(code - 0x06F0);
  return c;
}

/** The stretch of `mention` whose folded form is `folded`, or `folded` itself. */
export function asWritten(mention, folded) {
  if (!mention || !folded) return folded;
  const chars = [...mention];
  for (let from = 0; from < chars.length; from++) {
    let got = '';
    for (let to = from; to < chars.length && got.length < folded.length; to++) {
      got += foldChar(chars[to]);
      if (got === folded && foldChar(chars[from]) !== '') return chars.slice(from, to + 1).join('');
    }
  }
  return folded;
}

/**
 * The name of a table entry as the text writes it: its fullest mention,
 * with the article's alef put back when a proclitic ل swallowed it
 * (للأمم المتحدة gives the mention لأمم المتحدة, shown as الأمم المتحدة).
 */
export function displayName(entry) {
  const name = entry.text;
  if (name.startsWith('ل') && !name.startsWith('ال') && fold(`ا${name}`) === fold(entry.canonical)) return `ا${name}`;
  return name;
}

/** Entity index → the display name of its table entry. */
export function entityNames(result) {
  const names = [];
  if (!result || !result.ok) return names;
  for (const entry of result.table) {
    const name = displayName(entry);
    for (const i of entry.mentions) names[i] = name;
  }
  return names;
}

function isoPoint(point, hijri, lang, mention) {
  const words = wordsFor(lang);
  const weekday = /^XXXX-WXX-([1-7])$/.exec(point);
  if (weekday) return words.weekday[weekday[1] - 1];
  const m = /^(?:(\d{1,4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(point);  // --MM-DD: no year
  if (!m) return point;
  const [, year, month, day] = m;
  let names;
  if (hijri) names = words.hijri_month;
  else if (words.month_levant && month && fold(mention).includes(fold(words.month_levant[month - 1]))) names = words.month_levant;
  else names = words.month;
  const parts = [];
  if (day) parts.push(String(Number(day)));
  if (month) parts.push(names[Number(month) - 1] || month);
  if (year) parts.push(hijri ? `${year} ${words.word.hijri_era}` : year);
  return parts.join(' ');
}

function dateText(iso, hijri, lang, mention) {
  return String(iso).split('/').map((p) => isoPoint(p, hijri, lang, mention)).join(' – ');
}

/**
 * An entity's value as a reader of `lang` reads it: `{text, iso}`.
 * `text`: `قانون 91 لسنة 2013`, `مرسوم ملكي م/7 بتاريخ 16 رمضان 1439 هـ`
 * (the number as the mention writes it), `14 حزيران 2023`, `Law 91 of
 * 2013`; `iso`: the machine value shown beside it (a date's ISO 8601, the
 * Gregorian date of a Hijri one, an act's date), or ''. Both '' when there is no value.
 * `mention` is the entity's text.
 */
export function formatValue(value, lang = 'ar', mention = '') {
  if (!value || typeof value !== 'object') return { text: '', iso: '' };
  const words = wordsFor(lang);
  if ('iso' in value) {
    const hijri = value.calendar === 'hijri';
    let text = dateText(value.iso, hijri, lang, mention);
    if (hijri && value.gregorian) text += ` (${dateText(value.gregorian, false, lang, '')})`;
    const iso = hijri ? (value.gregorian || '') : value.iso;
    return { text, iso: /^\d/.test(iso) ? iso : '' };
  }
  if ('normalized' in value) return { text: value.normalized, iso: '' };
  if ('kind' in value) {
    const parts = [words.law_kind[value.kind] || value.kind];
    if (value.number) parts.push(asWritten(mention, value.number));
    if (value.year) {
      const era = value.calendar === 'hijri' ? ` ${words.word.hijri_era}` : '';
      parts.push(`${words.word.of_year} ${value.year}${era}`);
    }
    // The date of the act, when the citation gives one (`وتاريخ 14/3/1433هـ`).
    let iso = '';
    if (value.date && value.date.iso) {
      const hijri = value.date.calendar === 'hijri';
      parts.push(`${words.word.dated} ${dateText(value.date.iso, hijri, lang, mention)}`);
      iso = hijri ? (value.date.gregorian || '') : value.date.iso;
    }
    return { text: parts.join(' '), iso: /^\d/.test(iso) ? iso : '' };
  }
  return { text: '', iso: '' };
}

/** formatValue as one line: `14 حزيران 2023 · 2023-06-14`. */
export function valueLine(value, lang = 'ar', mention = '') {
  const { text, iso } = formatValue(value, lang, mention);
  return iso && iso !== text ? `${text} · ${iso}` : text;
}
