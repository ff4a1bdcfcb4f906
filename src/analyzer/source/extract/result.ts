import type { Diagnostic, Removed, SourceExtraction } from '../../types.ts';

/** What extraction gives the pipeline: the text, and how it was obtained. */
export interface Extracted extends Omit<SourceExtraction, 'format'> {
  format: SourceExtraction['format'];
  text: string;
  /** What the reader should know about the extraction (a page without text…). */
  warnings?: Diagnostic[];
}

export type { Removed };

/** A file extraction cannot read, with the message naming it (thrown by an extractor, caught at the door). */
export class Refusal extends Error {
  readonly diagnostic: Diagnostic;
  constructor(code: string, message: string) {
    super(message);
    this.diagnostic = { code, message };
  }
}

export function refusal(code: string, message: string): Refusal {
  return new Refusal(code, message);
}
