import { describe, expect, it } from 'vitest';
import { linkCaptureReferences, type CaptureTarget } from '../../src/lib/capture-references';

const captures = new Map<string, CaptureTarget>([
  ['004', { href: '/sources/npr/', anchors: new Set([35, 40]) }],
  ['001', { href: '/sources/bi/', anchors: new Set([4]) }],
]);
const links = (text: string) =>
  linkCaptureReferences(text, captures)
    .filter((p) => p.href)
    .map((p) => `${p.text} → ${p.href}`);

describe('linkCaptureReferences', () => {
  it('links a capture to its source record and a paragraph to its anchor there', () => {
    expect(links('He said so early on (capture 004, paragraph 35); the report now says so.')).toEqual([
      'capture 004 → /sources/npr/',
      'paragraph 35 → /sources/npr/#p-35',
    ]);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Capture 001 (¶ 4) says “an” FPV drone; capture 004, paragraphs 35 and 40, disagree.';
    expect(
      linkCaptureReferences(text, captures)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('links each number of a list or range to the capture named before it', () => {
    expect(links('Capture 001 (¶ 4) and capture 004, paragraphs 35 and 40 to 41.')).toEqual([
      'Capture 001 → /sources/bi/',
      '¶ 4 → /sources/bi/#p-4',
      'capture 004 → /sources/npr/',
      'paragraphs 35 → /sources/npr/#p-35',
      '40 → /sources/npr/#p-40',
      // ¶ 41 is not listed on the record: the link goes to the record, never to a missing anchor.
      '41 → /sources/npr/',
    ]);
  });

  it('leaves unknown captures, and paragraphs named before any capture, as text', () => {
    expect(links('Paragraph 3 of capture 009 says so.')).toEqual([]);
    expect(linkCaptureReferences('No capture here, ¶ 4.', captures)).toEqual([
      { text: 'No capture here, ¶ 4.' },
    ]);
  });
});
