/** The anchors plugin (`satteriAnchors`), run on the same cases as `.md` and as `.mdx`. */
import { describe, expect, it } from 'vitest';
import { mayHaveIdProblems, paragraphId } from '../../../src/lib/anchors';
import { satteriAnchors, satteriIdCheck } from '../../../src/markdown/anchors';
import { satteriCitations } from '../../../src/markdown/citations';
import { formats } from './render';

/**
 * Each format, and how an editor writes a paragraph's own id in it: `{#id}` in Markdown, `\{#id}`
 * in MDX (where a bare `{` starts code).
 */
const pipelines = formats.map((format) => ({
  name: format.name,
  authored: (id: string) => (format.name === '.mdx' ? `\\{#${id}}` : `{#${id}}`),
  render: (markdown: string) =>
    format.render(markdown, {
      mdastPlugins: [satteriCitations({ sourceIds: new Set(['src']) })],
      hastPlugins: [satteriAnchors],
    }).html,
}));

describe.each(pipelines)('$name', ({ render, authored }) => {
  it('gives each paragraph an id from its own words and a named link to itself', () => {
    const html = render('First paragraph.\n\nSecond paragraph.');
    const id = paragraphId('Second paragraph.');
    expect(html).toContain(
      `<p id="${id}">Second paragraph.\u00a0<a class="anchor-link" href="#${id}" aria-label="Link to this paragraph" data-anchor="¶" data-pagefind-ignore=""></a></p>`,
    );
  });

  it('leaves citation numbers out of the id, so renumbered notes keep it', () => {
    const one = render('A claim.[^a]\n\n[^a]: @src, ¶ 1');
    const two = render('Earlier.[^b]\n\nA claim.[^a]\n\n[^a]: @src, ¶ 1\n[^b]: @src, ¶ 2');
    const id = paragraphId('A claim.');
    expect(one).toContain(`<p id="${id}">`);
    expect(two).toContain(`<p id="${id}">`);
  });

  it('slugs headings and names their link after the section', () => {
    expect(render('## What the leaflets say')).toContain(
      '<h2 id="what-the-leaflets-say">What the leaflets say<a class="anchor-link" href="#what-the-leaflets-say" aria-label="Link to the section “What the leaflets say”" data-anchor="#"',
    );
  });

  it('draws the ¶ and # symbols with CSS, so the text of a heading or paragraph stays its own', () => {
    const text = render('## What the leaflets say\n\nA paragraph.').replace(/<[^>]+>/g, '');
    expect(text).toBe('What the leaflets say\nA paragraph.\u00a0');
  });

  it('uses an authored {#id} and removes it from the text', () => {
    const html = render(`A passage worth citing. ${authored('key-passage')}`);
    expect(html).toContain('<p id="key-passage">A passage worth citing.\u00a0<a');
    expect(html).not.toContain('{#');
  });

  it('uses an authored {#id} at the end of a heading, and removes it from the heading', () => {
    const html = render(`## Note 1 ${authored('about-note-1')}`);
    expect(html).toContain(
      '<h2 id="about-note-1">Note 1<a class="anchor-link" href="#about-note-1" aria-label="Link to the section “Note 1”"',
    );
    expect(html).not.toContain('{#');
  });

  it('numbers identical paragraphs in order', () => {
    const id = paragraphId('Same.');
    const html = render('Same.\n\nSame.');
    expect(html).toContain(`<p id="${id}">`);
    expect(html).toContain(`<p id="${id}-2">`);
  });

  it('gives list items and quoted paragraphs ids and links too', () => {
    const html = render('- first item\n- second item\n\n> A quoted paragraph.');
    expect(html).toContain(
      `<li id="${paragraphId('first item')}">first item\u00a0<a class="anchor-link" href="#${paragraphId('first item')}" aria-label="Link to this item"`,
    );
    expect(html).toContain(`<p id="${paragraphId('A quoted paragraph.')}">A quoted paragraph.\u00a0<a`);
  });

  it('slugs a heading from its words without its citation number', () => {
    expect(render('## Losses[^a]\n\n[^a]: @src, ¶ 1')).toContain(
      '<h2 id="losses">Losses<sup class="cite" data-pagefind-ignore="">',
    );
  });

  it('puts a loose list item’s link inside its last paragraph, and takes its authored id', () => {
    const html = render(`- First point.\n\n- Second point. ${authored('second')}`);
    expect(html).toContain(
      '<li id="second">\n<p>Second point.\u00a0<a class="anchor-link" href="#second" aria-label="Link to this item"',
    );
    expect(html).not.toContain('{#');
  });

  it('puts an item’s link before its nested list, and knows the item by its own words', () => {
    const html = render('- outer\n  - inner');
    const id = paragraphId('outer');
    expect(html).toMatch(
      new RegExp(
        `<li id="${id}">outer\\s*\u00a0<a class="anchor-link" href="#${id}"[^>]*></a>\\s*<ul>\\s*<li id="${paragraphId('inner')}">`,
      ),
    );
  });
});

describe('satteriAnchors in Markdown', () => {
  it('takes an id written \\{#id} too, so the MDX form works in a .md report', () => {
    const html = pipelines[0]!.render('A passage worth citing. \\{#key-passage}');
    expect(html).toContain('<p id="key-passage">A passage worth citing.\u00a0<a');
    expect(html).not.toContain('{#');
  });
});

describe('mayHaveIdProblems, the quick look before satteriIdCheck', () => {
  const body = '\n\nA claim.[^a]\n\n[^a]: @src, ¶ 1';
  // Whether the id check fails on a report, rendered as the content check renders it.
  const fails = (markdown: string) =>
    formats.every((format) => {
      try {
        format.render(markdown, {
          mdastPlugins: [satteriCitations({ sourceIds: new Set(['src']) })],
          hastPlugins: [satteriIdCheck],
        });
        return false;
      } catch (error) {
        return /^Ids a report may not use/.test((error as Error).message);
      }
    });

  it.each([
    '## Note 1',
    '### Corrections',
    'Corrections\n-----------',
    '> ## Cite',
    '- ## Main',
    '1. > ## Note 2',
    '## &#78;ote 1',
    '## Ｎｏｔｅ 1',
    'A passage. \\{#My_Id}',
    'A passage. \\{#main}',
    'A passage. \\{#key}[^a]',
    'A passage. &#123;#key} more',
  ])('says yes to %j, which the check refuses', (markdown) => {
    expect(fails(`${markdown}${body}`)).toBe(true);
    expect(mayHaveIdProblems(`${markdown}${body}`)).toBe(true);
  });

  it('says no to a report with no heading word of the page’s ids and no {#, which the check passes', () => {
    const report = `## What the leaflets say\n\nThe sources note that the main road was cut.${body}\n\n---\n\nSee /figures/#nk-troops-killed.`;
    expect(fails(report)).toBe(false);
    expect(mayHaveIdProblems(report)).toBe(false);
  });
});
