import { describe, expect, it } from 'vitest';
import { mergeCitationsBySource } from '../../src/lib/citation-lists';

describe('mergeCitationsBySource', () => {
  const bi = { id: 'bi' };
  const npr = { id: 'npr' };

  it('names each source once, in order of first citation, with its locators joined', () => {
    expect(
      mergeCitationsBySource([
        { source: bi, locator: '¶ 3' },
        { source: npr, locator: '¶ 16' },
        { source: bi, locator: '¶ 5' },
        { source: bi, locator: '¶ 3' },
      ]),
    ).toEqual([
      { source: bi, locator: '¶ 3, ¶ 5' },
      { source: npr, locator: '¶ 16' },
    ]);
  });

  it('leaves out the locator when no citation of the source has one', () => {
    expect(mergeCitationsBySource([{ source: npr }, { source: npr }])).toEqual([{ source: npr }]);
  });
});
