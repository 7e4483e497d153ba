import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CSP_DIRECTIVES,
  classifyCaching,
  formatCspHeader,
  formatCspMeta,
  formatHeadersFile,
  listHeaderRules,
  listSecurityHeaders,
} from '../../src/lib/security-headers';

describe('CSP_DIRECTIVES', () => {
  it('allows scripts only from the site, with WebAssembly for search and no inline code or eval', () => {
    const scripts = new Map(CSP_DIRECTIVES).get('script-src')!;
    expect(scripts.split(' ').sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(formatCspHeader()).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
  });
});

describe('formatCspHeader', () => {
  it('carries the directives that stop framing, base hijacking, form theft and plugins', () => {
    const header = formatCspHeader();
    for (const part of [
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
      "worker-src 'self'",
    ])
      expect(header).toContain(part);
  });
});

describe('formatCspMeta', () => {
  it('drops frame-ancestors, which browsers ignore in a meta element, and keeps the rest', () => {
    expect(formatCspMeta()).not.toContain('frame-ancestors');
    expect(formatCspMeta()).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(formatCspMeta().split('; ').length).toBe(CSP_DIRECTIVES.length - 1);
  });
});

describe('listSecurityHeaders', () => {
  it('sends no referrer and forbids sniffing, framing and cross-origin openers', () => {
    const headers = new Map(listSecurityHeaders());
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(headers.get('Permissions-Policy')).toContain('camera=()');
    expect(headers.get('Content-Security-Policy')).toBe(formatCspHeader());
  });

  it('matches the production nginx config header for header', () => {
    const conf = readFileSync('deploy/nginx/security-headers.conf', 'utf8');
    const inConf = [...conf.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
    expect(inConf).toEqual(listSecurityHeaders());
  });
});

describe('listHeaderRules', () => {
  it('puts the security headers on every path under the base', () => {
    expect(listHeaderRules('/repo/')[0]).toEqual({ pattern: '/repo/*', headers: listSecurityHeaders() });
    expect(listHeaderRules('/')[0]!.pattern).toBe('/*');
  });

  it('sets Cache-Control in exactly one rule per pattern, never on the catch-all', () => {
    const rules = listHeaderRules('/');
    expect(rules[0]!.headers.some(([name]) => name === 'Cache-Control')).toBe(false);
    const cached = rules.slice(1).map((r) => r.pattern);
    expect(new Set(cached).size).toBe(cached.length);
    expect(rules.find((r) => r.pattern === '/_astro/*')!.headers).toEqual([
      ['Cache-Control', CACHE_IMMUTABLE],
    ]);
    expect(rules.find((r) => r.pattern === '/pagefind/pagefind-entry.json')!.headers).toEqual([
      ['Cache-Control', CACHE_REVALIDATE],
    ]);
  });
});

describe('formatHeadersFile', () => {
  it('writes each pattern followed by its indented headers, rules separated by a blank line', () => {
    expect(
      formatHeadersFile([
        {
          pattern: '/a/*',
          headers: [
            ['X-A', '1'],
            ['X-B', '2'],
          ],
        },
        { pattern: '/b', headers: [['X-C', '3']] },
      ]),
    ).toBe('/a/*\n  X-A: 1\n  X-B: 2\n\n/b\n  X-C: 3\n');
  });
});

describe('CACHE_IMMUTABLE', () => {
  it('caches for a year and tells the browser never to revalidate', () => {
    expect(CACHE_IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });
});

describe('CACHE_REVALIDATE', () => {
  it('lets the browser keep a copy but check it on every use', () => {
    expect(CACHE_REVALIDATE).toBe('no-cache');
  });
});

describe('classifyCaching', () => {
  it('caches hashed bundles and Pagefind chunks for good', () => {
    for (const path of [
      '_astro/BaseLayout.9iGfI_Es.css',
      'pagefind/fragment/en_1afe309.pf_fragment',
      'pagefind/index/en_aab2716.pf_index',
      'pagefind/filter/en_4cae4f9.pf_filter',
      'pagefind/pagefind.en_a8a0b82eea.pf_meta',
    ]) {
      expect(classifyCaching(path), path).toBe('immutable');
    }
  });

  it('revalidates HTML, Pagefind entry files and its WebAssembly', () => {
    for (const path of [
      'index.html',
      'reports/x/index.html',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/wasm.en.pagefind',
      'favicon.svg',
    ]) {
      expect(classifyCaching(path), path).toBe('revalidate');
    }
  });
});
