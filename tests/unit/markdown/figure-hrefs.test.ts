/**
 * The figure-href plugin (`satteriFigureHrefs`) points figures links written in reports at the
 * quantity's page and fails the build on a link to nothing; it runs on the same cases as `.md` and
 * as `.mdx`.
 */
import { describe, expect, it } from 'vitest';
import { satteriBaseLinks } from '../../../src/markdown/base-links';
import { readContent } from '../../../src/build/content-check';
import { checkFigureLinks, figureIndex, satteriFigureHrefs } from '../../../src/markdown/figure-hrefs';
import { formats } from './render';

const figures = {
  quantities: new Set(['nk-troops-killed', 'nk-troops-wounded']),
  claimQuantities: new Map([['nis-4700', 'nk-troops-killed']]),
};

const pipelines = formats.map((format) => ({
  name: format.name,
  file: `losses${format.name}`,
  run: (markdown: string) =>
    format.render(markdown, {
      hastPlugins: [satteriFigureHrefs({ figures })],
      fileURL: new URL(`file:///archive/reports/losses${format.name}`),
    }).html,
}));
const path = '/archive/reports/losses.md';

describe.each(pipelines)('$name', ({ run, file }) => {
  it("points a quantity link at the quantity's page and a claim link at the claim on it", () => {
    expect(run('[4,700](/figures/#claim-nis-4700) of [the dead](/figures/#nk-troops-killed)')).toBe(
      '<p><a href="/figures/nk-troops-killed/#claim-nis-4700">4,700</a> of <a href="/figures/nk-troops-killed/">the dead</a></p>',
    );
  });

  it('leaves the index and every other link as written', () => {
    expect(run('[all](/figures/), [a source](/sources/npr/) [x](https://example.org/figures/#nope)')).toBe(
      '<p><a href="/figures/">all</a>, <a href="/sources/npr/">a source</a> <a href="https://example.org/figures/#nope">x</a></p>',
    );
  });

  it('fails on a link to an unknown quantity or claim, naming the file, the line and the fix', () => {
    expect(() =>
      run(
        'Fine [1](/figures/#nk-troops-killed).\n\nBut [2](/figures/#nk-troops-dead) and [3](/figures/#claim-nis-47).',
      ),
    ).toThrow(
      new RegExp(
        `/${file}:3: the link /figures/#nk-troops-dead points at a quantity 'nk-troops-dead' that does not exist; use the id of a file in content/quantities/[\\s\\S]*/${file}:3: the link /figures/#claim-nis-47 points at a claim 'nis-47'`,
      ),
    );
  });
});

describe('satteriFigureHrefs', () => {
  it('runs before the base path is added, so a claim link under /kursk/ reaches the quantity page', () => {
    const html = formats[0]!.render('[4,700](/figures/#claim-nis-4700)', {
      hastPlugins: [satteriFigureHrefs({ figures }), satteriBaseLinks({ base: '/kursk/' })],
    }).html;
    expect(html).toBe('<p><a href="/kursk/figures/nk-troops-killed/#claim-nis-4700">4,700</a></p>');
  });
});

describe('checkFigureLinks', () => {
  it('says whether a source has figures links, and accepts the quantity-page form', () => {
    expect(checkFigureLinks('No figures here, [a source](/sources/npr/).', path, figures)).toBe(false);
    expect(checkFigureLinks('[x](/figures/nk-troops-killed/#claim-nis-4700)', path, figures)).toBe(true);
  });

  it('rejects a claim put under a quantity it does not count', () => {
    expect(() => checkFigureLinks('[x](/figures/nk-troops-wounded/#claim-nis-4700)', path, figures)).toThrow(
      /losses\.md:1: .*counts 'nk-troops-killed'/,
    );
  });
});

describe('figureIndex', () => {
  it("lists every quantity id and each claim's quantity from the checked content", () => {
    const index = figureIndex(readContent({ contentDir: 'tests/fixtures/investigation' }).content);
    expect(index.quantities.has('north-korean-soldiers-killed')).toBe(true);
    expect(index.claimQuantities.get('special-forces-killed-december')).toBe('north-korean-soldiers-killed');
    for (const q of index.claimQuantities.values()) expect(index.quantities.has(q)).toBe(true);
  });
});
