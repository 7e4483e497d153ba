import { describe, expect, it } from 'vitest';
import { esmProblem, htmlProblem, jsxProblem, urlProblem } from '../../src/lib/safe-content';

describe('urlProblem', () => {
  it('allows the web, e-mail, this site and fragments', () => {
    for (const url of [
      'https://example.org/x',
      'http://example.org',
      'mailto:desk@example.org',
      '/figures/',
      '../x/',
      '#note-1',
      '//cdn.example/x',
      'reports/x/',
    ])
      expect(urlProblem(url), url).toBeUndefined();
  });
  it('refuses every other scheme, whatever its case or the whitespace and control characters in it', () => {
    for (const [url, scheme] of [
      ['javascript:alert(1)', 'javascript'],
      ['JaVaScRiPt:alert(1)', 'javascript'],
      ['java\tscript:alert(1)', 'javascript'],
      [' \u0001javascript:alert(1)', 'javascript'],
      ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
      ['vbscript:msgbox', 'vbscript'],
      ['file:///etc/passwd', 'file'],
    ])
      expect(urlProblem(url), url).toMatch(new RegExp(`^links to '${scheme}:', which a report may not use`));
  });
});

describe('esmProblem', () => {
  it("allows default imports of the content's own components, one per line", () => {
    expect(
      esmProblem(
        'import Aside from \'../components/Aside.astro\';\nimport Map from "../../src/components/mdx/Map.astro"',
      ),
    ).toEqual({
      components: ['Aside', 'Map'],
    });
  });
  it('refuses any other import, any export and any code', () => {
    for (const esm of [
      "import { writeFileSync } from 'node:fs';",
      "import fs from 'node:fs';",
      "import Aside from '../../src/components/Aside.astro';",
      "import Aside from '../../src/lib/mdx/Aside.astro';",
      "import Aside from '../components/Other.astro';",
      'export const x = process.env.PATH;',
      "import Aside from '../components/Aside.astro'; console.log(1)",
    ])
      expect(esmProblem(esm).problem, esm).toMatch(
        /is not allowed in a report; an \.mdx report may only import one of the site's report components/,
      );
  });
});

describe('jsxProblem', () => {
  const imported = new Set(['Aside']);
  it('allows an imported component with plain text attributes', () => {
    expect(
      jsxProblem(
        { name: 'Aside', attributes: [{ type: 'mdxJsxAttribute', name: 'label', value: 'x' }] },
        imported,
      ),
    ).toBeUndefined();
  });
  it('refuses HTML elements, unknown components, code in attributes and event handlers', () => {
    expect(jsxProblem({ name: 'script', attributes: [] }, imported)).toMatch(
      /^<script> is not allowed in a report/,
    );
    expect(jsxProblem({ name: 'Other', attributes: [] }, imported)).toMatch(/^<Other> is not allowed/);
    expect(
      jsxProblem(
        { name: 'Aside', attributes: [{ type: 'mdxJsxExpressionAttribute', value: '...props' }] },
        imported,
      ),
    ).toMatch(/code \(\{…\}\)/);
    expect(
      jsxProblem(
        {
          name: 'Aside',
          attributes: [
            {
              type: 'mdxJsxAttribute',
              name: 'label',
              value: { type: 'mdxJsxAttributeValueExpression', value: 'x' },
            },
          ],
        },
        imported,
      ),
    ).toMatch(/code \(\{…\}\)/);
    expect(
      jsxProblem(
        { name: 'Aside', attributes: [{ type: 'mdxJsxAttribute', name: 'onClick', value: 'x' }] },
        imported,
      ),
    ).toMatch(/event handler 'onClick'/);
  });
});

describe('htmlProblem', () => {
  it('quotes the first line of the refused HTML', () => {
    expect(htmlProblem('<meta http-equiv="refresh" content="0;url=https://evil.example/">\n<p>x</p>')).toBe(
      `raw HTML is not allowed in a report ('<meta http-equiv="refresh" content="0;url=https://evil.example/">'); write it in Markdown, or use a component in an .mdx report`,
    );
  });
});
