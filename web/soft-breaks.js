// Soft line breaks for a <textarea> that may hold a megabyte on one line.
//
// Chromium lays out a textarea's paragraph as a whole at every key: on one
// 1 MB line (what copying from a PDF gives) a key costs 90–180 ms, while the
// same text in lines of up to 64K characters costs under 20 ms. So a long
// line is shown with some of its spaces as line breaks, about every
// DISPLAY_LINE characters, and the textarea's `value` gives the text back
// with those spaces restored. A space and a line break are one UTF-16 unit
// each, so offsets, selections and lengths are the same in both, and
// everything that reads `value` (the widget, the page, a test) sees the text
// exactly as pasted or typed.
//
// What the textarea shows is tracked edit by edit: each change is located
// (the part before and after it that did not change) and the soft breaks
// inside it are dropped, those after it shifted. A soft break deleted by
// the user is the space it stood for, deleted. Copy and cut give the text
// with its spaces. Pasted text is inserted already broken, as an editing
// command, so undo still works.
//
// Only a line longer than LONG_LINE is broken: a text with ordinary lines
// is shown as it is.

/** A line longer than this (UTF-16 units) is shown with soft breaks. */
export const LONG_LINE = 8000;
/** About this far apart: the widget's view pieces are as long. */
export const DISPLAY_LINE = 4000;

const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');

/**
 * `text` with every line longer than LONG_LINE broken at the first space
 * after each DISPLAY_LINE units: `{shown, breaks}`, the breaks as ascending
 * offsets where `shown` has '\n' for a ' ' of `text`. A line of one word
 * that long has nowhere to break and stays whole.
 */
export function softBreak(text) {
  const breaks = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd - lineStart > LONG_LINE) {
      let from = lineStart;
      while (lineEnd - from > DISPLAY_LINE) {
        const space = text.indexOf(' ', from + DISPLAY_LINE);
        if (space === -1 || space >= lineEnd - 1) break;
        breaks.push(space);
        from = space + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
  return { shown: withBreaks(text, breaks, '\n'), breaks };
}

// `text` with the unit at each of `breaks` replaced by `by`.
function withBreaks(text, breaks, by) {
  if (breaks.length === 0) return text;
  const parts = [];
  let at = 0;
  for (const b of breaks) {
    parts.push(text.slice(at, b));
    at = b + 1;
  }
  parts.push(text.slice(at));
  return parts.join(by);
}

// Units `a` and `b` share at the start, at most `limit`. Compared a block at
// a time first: a key at the end of a megabyte compares it all.
function commonPrefix(a, b, limit) {
  let n = 0;
  for (let block = 4096; block >= 1; block >>= 4) {
    while (n + block <= limit && a.slice(n, n + block) === b.slice(n, n + block)) n += block;
  }
  return n;
}

function commonSuffix(a, b, limit) {
  let n = 0;
  for (let block = 4096; block >= 1; block >>= 4) {
    while (n + block <= limit && a.slice(a.length - n - block, a.length - n) === b.slice(b.length - n - block, b.length - n)) n += block;
  }
  return n;
}

/**
 * Gives `textarea` soft breaks: from now on its `value` property reads and
 * writes the text itself, and what it shows may break long lines. Returns
 * `{softBreaks()}` (the offsets shown as breaks, for tests).
 */
export function keepSoftBreaks(textarea) {
  let shown = native.get.call(textarea);  // what the textarea showed when last looked at
  let breaks = [];                        // ascending offsets of the soft breaks in `shown`
  let text = shown;                       // the text, or null until asked for
  let inserting = null;                   // {at, shown, breaks} of the insertion under way
  let removed = null;                     // {shown, breaks} of the last stretch removed with breaks (for redo)

  // Brings `breaks` up to what the textarea shows now.
  function sync() {
    const now = native.get.call(textarea);
    if (now === shown) return;
    const delta = now.length - shown.length;
    // Where the change starts and ends. An edit leaves the caret at the end
    // of what it inserted, which settles which of two equal characters
    // moved (a line break typed before a soft one).
    const caret = textarea.selectionEnd;
    let limit = Math.min(shown.length, now.length);
    if (caret >= Math.max(delta, 0) && caret <= now.length) limit = Math.min(limit, caret - Math.max(delta, 0));
    const start = commonPrefix(shown, now, limit);
    const same = commonSuffix(shown, now, Math.min(shown.length, now.length) - start);
    const oldEnd = shown.length - same;
    const newEnd = now.length - same;
    const kept = [];
    for (const b of breaks) {
      if (b < start) kept.push(b);
      else if (b >= oldEnd) kept.push(b + delta);
    }
    // An insertion of ours brings its breaks; so does a redo of a removal.
    let restored = null;
    if (inserting && inserting.at === start && newEnd - start === inserting.shown.length) restored = inserting.breaks;
    else if (removed && newEnd - start === removed.shown.length && now.slice(start, newEnd) === removed.shown) restored = removed.breaks;
    const dropped = breaks.filter((b) => b >= start && b < oldEnd).map((b) => b - start);
    if (dropped.length > 0) removed = { shown: shown.slice(start, oldEnd), breaks: dropped };
    if (restored) {
      const inserted = restored.map((b) => b + start);
      const after = kept.findIndex((b) => b >= start);
      kept.splice(after === -1 ? kept.length : after, 0, ...inserted);
    }
    breaks = kept;
    shown = now;
    text = null;
    // A long line that came in some other way (dropped text, a test's
    // fill) is broken now, keeping the selection.
    if (!restored && newEnd - start > LONG_LINE && softBreak(now.slice(start, newEnd)).breaks.length > 0) {
      const { selectionStart, selectionEnd, selectionDirection } = textarea;
      write(read());
      textarea.setSelectionRange(selectionStart, selectionEnd, selectionDirection);
    }
  }

  function read() {
    sync();
    if (text === null) text = withBreaks(shown, breaks, ' ');
    return text;
  }

  function write(value) {
    // As the textarea itself would store it (CR LF and CR become LF), so
    // that what it shows is exactly `shown`.
    const normalised = String(value ?? '').replace(/\r\n?/g, '\n');
    const broken = softBreak(normalised);
    native.set.call(textarea, broken.shown);
    shown = native.get.call(textarea);
    breaks = shown === broken.shown ? broken.breaks : [];
    text = shown === broken.shown ? normalised : shown;
  }

  Object.defineProperty(textarea, 'value', {
    configurable: true,
    enumerable: true,
    get: read,
    set: write,
  });
  write(shown);

  // A paste that makes a long line is inserted with its soft breaks, by the
  // editing command, which the textarea can undo. Listeners before this one
  // (the page's size limit) may have refused it.
  textarea.addEventListener('paste', (event) => {
    if (event.defaultPrevented) return;
    const pasted = event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n');
    const now = read();
    const lineStart = now.lastIndexOf('\n', textarea.selectionStart - 1) + 1;
    let lineEnd = now.indexOf('\n', textarea.selectionEnd);
    if (lineEnd === -1) lineEnd = now.length;
    const firstLine = pasted.indexOf('\n') === -1 ? pasted.length : pasted.indexOf('\n');
    if (pasted.length <= LONG_LINE && lineEnd - lineStart + firstLine <= LONG_LINE) return;
    event.preventDefault();
    const broken = softBreak(pasted);
    inserting = { at: textarea.selectionStart, ...broken };
    try {
      document.execCommand('insertText', false, broken.shown);
      sync();
    } finally {
      inserting = null;
    }
  });

  // Copied text has its spaces, not the breaks shown for them.
  const copy = (event, cut) => {
    const { selectionStart, selectionEnd } = textarea;
    sync();
    if (!breaks.some((b) => b >= selectionStart && b < selectionEnd)) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', read().slice(selectionStart, selectionEnd));
    if (cut) document.execCommand('delete');
  };
  textarea.addEventListener('copy', (event) => copy(event, false));
  textarea.addEventListener('cut', (event) => copy(event, true));

  return { softBreaks: () => { sync(); return breaks.slice(); } };
}
