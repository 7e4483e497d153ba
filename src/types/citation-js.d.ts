/** The small part of Citation.js the archive uses; the package ships no type declarations. */
declare module '@citation-js/core' {
  /** A set of references in CSL-JSON, formatted on demand. */
  export class Cite {
    constructor(data: unknown);
    /** `bibliography` with a CSL template (e.g. `apa`), or `bibtex`, as text or HTML. */
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
