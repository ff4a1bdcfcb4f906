// Minimal types for the parts of Citation.js this project uses (the packages ship none).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: { get(plugin: string): Record<string, Record<string, unknown>> };
  };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-enw';
