// TypeScript declarations for wasm/kashif-client.js.
import type { AnalyzeResult, EntityType, ExportResult } from './kashif.js';

export interface ClientError {
  ok: false;
  error: {
    /** 'superseded': a newer request on the same channel replaced this one;
     *  'aborted': its signal fired, or the client was terminated;
     *  'internal': also when the module aborted in the worker (the worker is replaced). */
    code: 'superseded' | 'aborted' | 'internal' | 'invalid_utf8' | 'input_too_large' | 'invalid_argument' | 'data_error';
    message: string;
    byteOffset: number;
  };
}

export type ClientResult = (AnalyzeResult & { ms?: number }) | ClientError;

export interface KashifClient {
  /** Never rejects; errors are values. */
  analyze(text: string, options?: { types?: EntityType[]; model?: boolean; channel?: string; signal?: AbortSignal }): Promise<ClientResult>;
  /** kashif.js exportAs() in the worker (channel default 'export'). Never rejects. */
  exportAs(text: string, options: { format: 'jsonl' | 'html'; doc?: string; types?: EntityType[]; model?: boolean; channel?: string; signal?: AbortSignal }): Promise<ExportResult | ClientError>;
  /** Resolves once the wasm module is loaded in the worker. */
  ready(): Promise<{ ok: true } | ClientError>;
  /** Stops the worker; waiting and running requests resolve as 'aborted'. */
  terminate(): void;
}

/** createWorker makes the worker that runs kashif-worker.js (default: a module worker beside this file). */
export function createKashifClient(options?: { createWorker?: () => Worker }): KashifClient;
