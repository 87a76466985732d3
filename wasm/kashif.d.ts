// TypeScript declarations for wasm/kashif.js.

export type EntityType =
  | 'PERS' | 'ORG' | 'GPE' | 'LOC' | 'LAW' | 'DATE'
  | 'EVENT' | 'POLICY' | 'OCC' | 'CONTACT';

export interface LawValue { kind: string; number?: string; year?: number; calendar?: 'hijri'; date?: DateValue; }
export interface DateValue {
  iso: string;
  calendar: 'gregorian' | 'hijri';
  gregorian?: string;
  /** How a Hijri date was converted to `gregorian`. */
  conversion?: 'islamic-umalqura' | 'islamic-civil';
}
export interface ContactValue { kind: 'email' | 'url' | 'phone'; normalized: string; }

export interface Entity {
  /** UTF-16 code units: text.slice(start, end) === this.text */
  start: number;
  end: number;
  type: EntityType;
  text: string;
  canonical: string;
  value?: LawValue | DateValue | ContactValue;
}

export interface TableEntry {
  canonical: string;
  type: EntityType;
  /** the longest mention */
  text: string;
  count: number;
  /** indices into entities */
  mentions: number[];
}

export interface KashifError {
  code: 'invalid_utf8' | 'input_too_large' | 'invalid_argument' | 'data_error' | 'internal';
  message: string;
  byteOffset: number;
}

export type AnalyzeResult =
  | { ok: true; entities: Entity[]; table: TableEntry[] }
  | { ok: false; error: KashifError };

export type ExportResult = { ok: true; output: string } | { ok: false; error: KashifError };

export interface Kashif {
  /**
   * types: absent for every type, [] for none (no entities); model: false
   * leaves out the learned tagger's names (the rule recognisers alone).
   */
  analyze(text: string, options?: { types?: EntityType[]; model?: boolean }): AnalyzeResult;
  /**
   * What `kashif analyze --format jsonl|html` prints for `text` saved as
   * `${doc}.txt` (doc defaults to 'kashif'), written by the core: the JSONL
   * record line (code point offsets) or the HTML page.
   */
  exportAs(text: string, options: { format: 'jsonl' | 'html'; doc?: string; types?: EntityType[]; model?: boolean }): ExportResult;
  heapBytes(): number;
}

/** Loads the wasm core. moduleOptions go to the Emscripten factory (e.g. wasmBinary). */
export function createKashif(moduleOptions?: object): Promise<Kashif>;
