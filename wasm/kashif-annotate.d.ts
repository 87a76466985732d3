// TypeScript declarations for kashif-annotate.js (the <kashif-annotate> element).
import type { AnalyzeResult } from './kashif.js';
import type { KashifClient } from './kashif-client.js';

export const MAX_TEXT_BYTES: number;
export function utf8Length(text: string): number;

export type KashifEntitiesDetail = (AnalyzeResult & { text: string; ms?: number });

export class KashifAnnotate extends HTMLElement {
  /** Registers the element (default tag kashif-annotate) unless already defined. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof KashifAnnotate;
  /** The analysis client every instance uses (default: a module worker beside this file). */
  static useClient(client: KashifClient): void;
  /** Comma-separated types; null: all; '': none. */
  types: string | null;
  theme: string;
  for: string;
  htmlFor: string;
  /** The last `kashif-entities` detail, or null. */
  readonly result: KashifEntitiesDetail | null;
  refresh(): void;
  showMentions(indices: number[], at?: number, options?: { focus?: boolean }): void;
  closeDetails(): void;
}
