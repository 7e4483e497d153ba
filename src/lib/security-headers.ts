/**
 * The HTTP headers the archive is served with, in one place: the Content-Security-Policy, the
 * privacy and hardening headers, and the cache rules. The build writes them to `_headers` (for
 * static hosts that read it), BaseLayout puts the policy in a `<meta>` (for hosts that send no
 * headers), and deploy/nginx/ carries the same values (a unit test keeps them equal).
 *
 * Why not Astro's own CSP support (`security.csp`): it hashes each page's inline scripts and
 * styles into a per-page `<meta>` policy, which a static `_headers` file or an nginx config cannot
 * repeat. The build inlines nothing instead (astro.config.mjs: `inlineStylesheets: 'never'`,
 * `assetsInlineLimit: 0`), so one policy, with no hashes, fits every page and every host.
 */

/**
 * CSP directives. Every script and stylesheet is a same-origin file (the build inlines none), so
 * no 'unsafe-inline' is needed. Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and runs a
 * same-origin worker.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores (and warns about) in a `<meta http-equiv>` policy. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as sent in the `Content-Security-Policy` header. */
export function formatCspHeader(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * The policy for `<meta http-equiv="Content-Security-Policy">`: the header's policy without the
 * directives a meta element cannot carry (frame-ancestors: framing is only blockable by header).
 */
export function formatCspMeta(): string {
  return CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Headers every response carries, as name/value pairs in a fixed order. */
export function listSecurityHeaders(): [string, string][] {
  return [
    ['Content-Security-Policy', formatCspHeader()],
    // Outlets never learn who followed a link from the archive.
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Cache-Control for files whose names carry a content hash: cached for a year, never revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control for files whose names stay the same across builds (HTML, Pagefind's entry files). */
export const CACHE_REVALIDATE = 'no-cache';

/** One `_headers` rule: a URL pattern and the headers for it. */
export interface HeaderRule {
  /** The URL pattern, with the site's base path, `*` matching the rest of the path. */
  pattern: string;
  /** Headers for URLs matching the pattern. */
  headers: [string, string][];
}

/**
 * The rules for a `_headers` file (Netlify, Cloudflare Pages), for a site under `base` (`/` or
 * `/repo/`). Hosts combine the headers of every matching rule, so each Cache-Control is set by
 * exactly one rule: hashed assets and Pagefind's index chunks immutable, Pagefind's entry files and
 * WebAssembly revalidated; HTML keeps the host's default, which revalidates.
 */
export function listHeaderRules(base: string): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const immutable = (pattern: string): HeaderRule => ({
    pattern,
    headers: [['Cache-Control', CACHE_IMMUTABLE]],
  });
  const revalidate = (pattern: string): HeaderRule => ({
    pattern,
    headers: [['Cache-Control', CACHE_REVALIDATE]],
  });
  return [
    { pattern: `${root}*`, headers: listSecurityHeaders() },
    immutable(`${root}_astro/*`),
    immutable(`${root}pagefind/fragment/*`),
    immutable(`${root}pagefind/index/*`),
    immutable(`${root}pagefind/filter/*`),
    revalidate(`${root}pagefind/pagefind.js`),
    revalidate(`${root}pagefind/pagefind-entry.json`),
    revalidate(`${root}pagefind/pagefind-worker.js`),
    revalidate(`${root}pagefind/wasm.*`),
  ];
}

/** Renders rules in the `_headers` format: a pattern line, then indented `Name: value` lines. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return `${rules.map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n')}\n`;
}

/**
 * How a built file should be cached, by its path relative to the site root (`_astro/x.1a2b.css`,
 * `pagefind/pagefind.js`, `reports/x/index.html`): `immutable` when its name changes with its
 * content, else `revalidate`.
 */
export function classifyCaching(path: string): 'immutable' | 'revalidate' {
  if (path.startsWith('_astro/')) return 'immutable';
  if (/^pagefind\/(fragment|index|filter)\//.test(path)) return 'immutable';
  if (/^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(path)) return 'immutable';
  return 'revalidate';
}
