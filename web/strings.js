// Every string the page and the widget show, in Arabic and English. Nothing
// user-visible is written anywhere else; a new language is one more column.

export const TYPES = ['PERS', 'ORG', 'GPE', 'LOC', 'LAW', 'DATE', 'EVENT', 'POLICY', 'OCC', 'CONTACT'];

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
    legendHint: 'اضغط نوعًا لإخفائه أو إظهاره.',
    labels: 'إظهار تسميات الأنواع',
    tableTitle: 'جدول الكيانات',
    tableEmpty: 'لا كيانات بعد.',
    colName: 'الاسم',
    colType: 'النوع',
    colCount: 'العدد',
    colValue: 'القيمة',
    canonical: 'الصيغة الموحدة',
    mentions: 'الإشارات',
    exportJson: 'تصدير JSON',
    exportCsv: 'تصدير CSV',
    copyHtml: 'نسخ كـHTML',
    copied: 'نُسخ النص المظلل.',
    copyFailed: 'تعذّر النسخ: لم يسمح المتصفح بالوصول إلى الحافظة.',
    analysing: 'جارٍ التحليل…',
    status: (n, ms) => `${arabicCount(n)}، حُلّل في ${Math.round(ms).toLocaleString('ar')} ملّي ثانية`,
    tooLarge: (size, limit) => `النص كبير جدًّا (${size}): تقبل الصفحة حتى ${limit}. قسّمه إلى أجزاء، أو استعمل أداة سطر الأوامر kashif.`,
    fileError: 'تعذّرت قراءة الملف.',
    notText: 'هذا ليس ملفًّا نصيًّا (.txt).',
    error: (message) => `تعذّر التحليل: ${message}`,
    details: 'تفاصيل',
    close: 'إغلاق',
    offline: 'يعمل دون اتصال: لا يغادر النص جهازك.',
    downloadSingle: 'نزّل كاشف في ملف واحد (kashif.html) يُفتح من القرص مباشرة',
    megabytes: (n) => `${n.toLocaleString('ar', { maximumFractionDigits: 1 })} م.ب`,
    types: {
      PERS: ['شخص', 'شخص'],
      ORG: ['هيئة', 'هيئة أو منظمة'],
      GPE: ['دولة', 'دولة أو مدينة'],
      LOC: ['منطقة', 'منطقة جغرافية'],
      LAW: ['تشريع', 'قانون أو تشريع'],
      DATE: ['تاريخ', 'تاريخ'],
      EVENT: ['حدث', 'حدث أو مناسبة'],
      POLICY: ['سياسة', 'سياسة أو خطة'],
      OCC: ['منصب', 'منصب أو لقب'],
      CONTACT: ['اتصال', 'وسيلة اتصال'],
    },
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
    legendHint: 'Press a type to hide or show it.',
    labels: 'Show type labels',
    tableTitle: 'Entity table',
    tableEmpty: 'No entities yet.',
    colName: 'Name',
    colType: 'Type',
    colCount: 'Count',
    colValue: 'Value',
    canonical: 'Canonical form',
    mentions: 'Mentions',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    copyHtml: 'Copy as HTML',
    copied: 'Highlighted text copied.',
    copyFailed: 'Could not copy: the browser refused access to the clipboard.',
    analysing: 'Analysing…',
    status: (n, ms) => `${n.toLocaleString('en')} ${n === 1 ? 'entity' : 'entities'}, analysed in ${Math.round(ms).toLocaleString('en')} ms`,
    tooLarge: (size, limit) => `This text is too large (${size}): the page takes up to ${limit}. Split it, or use the kashif command-line tool.`,
    fileError: 'The file could not be read.',
    notText: 'This is not a text (.txt) file.',
    error: (message) => `Analysis failed: ${message}`,
    details: 'Details',
    close: 'Close',
    offline: 'Works offline: the text never leaves your device.',
    downloadSingle: 'Download Kashif as one file (kashif.html) to open straight from disk',
    megabytes: (n) => `${n.toLocaleString('en', { maximumFractionDigits: 1 })} MB`,
    types: {
      PERS: ['person', 'Person'],
      ORG: ['org', 'Organisation'],
      GPE: ['GPE', 'Country or city'],
      LOC: ['place', 'Region'],
      LAW: ['law', 'Law'],
      DATE: ['date', 'Date'],
      EVENT: ['event', 'Event'],
      POLICY: ['policy', 'Policy or plan'],
      OCC: ['role', 'Role or title'],
      CONTACT: ['contact', 'Contact'],
    },
  },
};

/** The strings of `lang` ('ar', 'en', 'en-GB', …), Arabic when unknown. */
export function stringsFor(lang) {
  const base = String(lang || '').toLowerCase().split('-')[0];
  return STRINGS[base] || STRINGS.ar;
}

/** [short badge label, full name] of an entity type in `lang`. */
export function typeNames(lang, type) {
  return stringsFor(lang).types[type] || [type, type];
}

/**
 * An entity's normalised value as one line: `law 91/2013`, `2021-11-15`,
 * `decree 5/1426 AH`, `info@example.org`. Empty when there is none.
 */
export function formatValue(value) {
  if (!value || typeof value !== 'object') return '';
  if ('iso' in value) {
    if (value.calendar !== 'hijri') return value.iso;
    return `${value.iso} AH${value.gregorian ? ` (${value.gregorian})` : ''}`;
  }
  if ('normalized' in value) return value.normalized;
  if ('kind' in value) {
    const year = value.year === undefined ? '' : `${value.year}${value.calendar === 'hijri' ? ' AH' : ''}`;
    const numberYear = [value.number, year].filter((x) => x !== undefined && x !== '').join('/');
    return numberYear ? `${value.kind} ${numberYear}` : value.kind;
  }
  return JSON.stringify(value);
}
