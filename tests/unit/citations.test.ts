import { describe, expect, it } from 'vitest';
import {
  checkCitations,
  citationId,
  citedSourceIds,
  createCitationCounter,
  findStrayMarkers,
  formatLocation,
  NOTE_FORM,
  noteId,
  numberNotes,
  parseNoteText,
  type NoteDefinition,
} from '../../src/lib/citations';

describe('NOTE_FORM', () => {
  it("shows editors the form '[^label]: @source-id, ¶ N'", () => {
    expect(NOTE_FORM).toContain("'[^label]: @source-id, ¶ N'");
  });
});

describe('parseNoteText', () => {
  it('reads a source id and a locator after a comma', () => {
    expect(parseNoteText('video', '@surrender-leaflets, ¶ 2–3')).toEqual({
      ok: true,
      note: { label: 'video', source: 'surrender-leaflets', locator: '¶ 2–3' },
    });
  });

  it('reads a source id alone as citing the whole source, with no locator', () => {
    const result = parseNoteText('lead', '@drone-losses');
    expect(result).toEqual({ ok: true, note: { label: 'lead', source: 'drone-losses' } });
    expect(result.ok && 'locator' in result.note).toBe(false);
  });

  it('ignores spaces around the note and around the comma', () => {
    expect(parseNoteText('a', '  @drone-losses ,   p. 4  ')).toEqual({
      ok: true,
      note: { label: 'a', source: 'drone-losses', locator: 'p. 4' },
    });
  });

  it('collapses runs of whitespace and line breaks in a locator to single spaces', () => {
    expect(parseNoteText('a', '@drone-losses, ¶ 2\n   and   ¶ 5')).toEqual({
      ok: true,
      note: { label: 'a', source: 'drone-losses', locator: '¶ 2 and ¶ 5' },
    });
  });

  it('keeps commas inside the locator', () => {
    expect(parseNoteText('a', '@x1, ¶ 2, 4, 6')).toEqual({
      ok: true,
      note: { label: 'a', source: 'x1', locator: '¶ 2, 4, 6' },
    });
  });

  it("rejects a note without '@', quoting it and showing the form to use", () => {
    const result = parseNoteText('video', 'surrender-leaflets, ¶ 2');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain("note [^video] reads 'surrender-leaflets, ¶ 2'");
    expect(result.error).toContain(NOTE_FORM);
  });

  it('rejects a locator not separated from the source id by a comma', () => {
    expect(parseNoteText('a', '@drone-losses ¶ 2').ok).toBe(false);
  });

  it('rejects a comma with no locator after it', () => {
    expect(parseNoteText('a', '@drone-losses,').ok).toBe(false);
    expect(parseNoteText('a', '@drone-losses,   ').ok).toBe(false);
  });

  it('rejects source ids with capitals, underscores, or leading, trailing or doubled hyphens', () => {
    for (const text of ['@Drone-losses', '@drone_losses', '@-drone', '@drone-', '@drone--losses', '@', '']) {
      expect(parseNoteText('a', text).ok, text).toBe(false);
    }
  });

  it('reads a passage quoted after a colon, in curly or straight double marks, white space collapsed', () => {
    const expected = {
      ok: true,
      note: {
        label: 'toll',
        source: 'drone-losses',
        locator: '¶ 4',
        passage: 'at least 100 of its troops … have been killed',
      },
    };
    expect(
      parseNoteText('toll', '@drone-losses, ¶ 4: “at least 100 of its troops … have been killed”'),
    ).toEqual(expected);
    expect(
      parseNoteText('toll', '@drone-losses, ¶ 4 :  "at least 100 of its troops …\n have been killed"'),
    ).toEqual(expected);
  });

  it('keeps quotation marks inside a passage, which quotes a quotation', () => {
    const result = parseNoteText('a', '@x, ¶ 3: “due to North Korea’s “outdated battlefield tactics.””');
    expect(result.ok && result.note.passage).toBe('due to North Korea’s “outdated battlefield tactics.”');
  });

  it('rejects words after the locator that are not in quotation marks, showing the form with a passage', () => {
    const result = parseNoteText('a', '@x, ¶ 3: at least 100 killed');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("'[^label]: @source-id, ¶ N: “the words”'");
  });

  it('trims the quoted text in the error message', () => {
    const result = parseNoteText('a', '   see the video   ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("reads 'see the video';");
  });
});

describe('numberNotes', () => {
  const lead: NoteDefinition = { label: 'lead', source: 'surrender-leaflets', locator: '¶ 1' };
  const video: NoteDefinition = { label: 'video', source: 'surrender-leaflets', locator: '¶ 2' };
  const losses: NoteDefinition = { label: 'losses', source: 'drone-losses' };

  it('numbers notes in the order the text first cites them, not the order they are written', () => {
    const { notes } = numberNotes([lead, video, losses], ['losses', 'lead', 'video']);
    expect(notes).toEqual([
      { ...losses, n: 1, uses: 1 },
      { ...lead, n: 2, uses: 1 },
      { ...video, n: 3, uses: 1 },
    ]);
  });

  it('keeps the number of a note cited again and counts its uses', () => {
    const { notes } = numberNotes([lead, video], ['video', 'lead', 'video', 'video']);
    expect(notes).toEqual([
      { ...video, n: 1, uses: 3 },
      { ...lead, n: 2, uses: 1 },
    ]);
  });

  it('matches a citation to its note whatever the case of the label', () => {
    const { notes, missing } = numberNotes([{ label: 'Video', source: 's' }], ['VIDEO', 'video']);
    expect(missing).toEqual([]);
    expect(notes).toEqual([{ label: 'Video', source: 's', n: 1, uses: 2 }]);
  });

  it('returns the notes never cited, in the order they were written', () => {
    const { notes, uncited } = numberNotes([lead, video, losses], ['video']);
    expect(notes.map((n) => n.label)).toEqual(['video']);
    expect(uncited).toEqual([lead, losses]);
  });

  it('returns each citation that has no note once, however often it is cited', () => {
    const { notes, missing } = numberNotes([lead], ['ghost', 'lead', 'ghost', 'other']);
    expect(missing).toEqual(['ghost', 'other']);
    expect(notes).toEqual([{ ...lead, n: 1, uses: 1 }]);
  });

  it('returns nothing when there are no notes and no citations', () => {
    expect(numberNotes([], [])).toEqual({ notes: [], uncited: [], missing: [] });
  });

  it('does not change the definitions it is given', () => {
    const definitions = [{ ...lead }];
    numberNotes(definitions, ['lead', 'lead']);
    expect(definitions).toEqual([lead]);
  });
});

describe('noteId', () => {
  it("gives note 3 the id 'note-3'", () => {
    expect(noteId(3)).toBe('note-3');
  });
});

describe('citationId', () => {
  it("gives the first citation of note 1 the id 'cite-1'", () => {
    expect(citationId(1, 1)).toBe('cite-1');
  });

  it("gives the second and third citations of note 1 the ids 'cite-1-2' and 'cite-1-3'", () => {
    expect(citationId(1, 2)).toBe('cite-1-2');
    expect(citationId(1, 3)).toBe('cite-1-3');
  });

  it('keeps ids of different notes apart: note 12 first citation differs from note 1 second citation', () => {
    expect(citationId(12, 1)).toBe('cite-12');
    expect(citationId(1, 2)).not.toBe(citationId(12, 1));
  });
});

describe('citedSourceIds', () => {
  it('lists each source once, in the order the notes first cite it', () => {
    expect(
      citedSourceIds([
        { label: 'a', source: 'drone-losses' },
        { label: 'b', source: 'surrender-leaflets' },
        { label: 'c', source: 'drone-losses' },
        { label: 'd', source: 'drone-operators' },
      ]),
    ).toEqual(['drone-losses', 'surrender-leaflets', 'drone-operators']);
  });

  it('returns an empty list when there are no notes', () => {
    expect(citedSourceIds([])).toEqual([]);
  });
});

describe('formatLocation', () => {
  it('writes path:line, the path alone without a line, and says when the file is unknown', () => {
    expect(formatLocation('content/reports/a.md', 4)).toBe('content/reports/a.md:4');
    expect(formatLocation('content/reports/a.md')).toBe('content/reports/a.md');
    expect(formatLocation(undefined, 2)).toBe('(unknown file):2');
  });
});

describe('findStrayMarkers', () => {
  it('finds each [^label] left as text, with its line counted from the text’s first line', () => {
    expect(findStrayMarkers('One.[^a]\nTwo.[^b] three', 5)).toEqual([
      { label: 'a', line: 5 },
      { label: 'b', line: 6 },
    ]);
    expect(findStrayMarkers('No marker; [a] is a bracket.', 1)).toEqual([]);
    expect(findStrayMarkers('Odd.[^x]')).toEqual([{ label: 'x', line: undefined }]);
  });
});

describe('checkCitations', () => {
  const base = { path: 'r.md', sourceIds: new Set(['npr', 'bbc']), strayMarkers: [] };

  it('numbers valid notes in reading order', () => {
    const result = checkCitations({
      ...base,
      notes: [
        { label: 'b', text: '@bbc', line: 5 },
        { label: 'a', text: '@npr, ¶ 2', line: 6 },
      ],
      referenceLabels: ['a', 'B', 'a'],
    });
    expect(result).toEqual({
      ok: true,
      notes: [
        // A note links to the paragraph its locator names first; one citing the whole source, to none.
        { label: 'a', source: 'npr', locator: '¶ 2', n: 1, uses: 2, paragraph: 2 },
        { label: 'b', source: 'bbc', n: 2, uses: 1 },
      ],
    });
  });

  it('names every problem with file and line in one error: bad form, unknown source, stray marker, uncited note', () => {
    const result = checkCitations({
      ...base,
      notes: [
        { label: 'a', text: 'npr', line: 7 },
        { label: 'b', text: '@cnn', line: 8 },
        { label: 'c', text: '@npr', line: 9 },
      ],
      referenceLabels: ['a', 'b'],
      strayMarkers: [{ label: 'ghost', line: 2 }],
    });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/^Citation errors:\n/);
    expect(message).toContain("r.md:7: note [^a] reads 'npr'");
    expect(message).toContain(
      "r.md:8: note [^b] cites '@cnn', which is not a source; use the id of a file in content/sources/ (one of: bbc, npr)",
    );
    expect(message).toContain(
      "r.md:2: citation [^ghost] has no note; add a line '[^ghost]: @source-id, ¶ N'",
    );
    expect(message).toContain('r.md:9: note [^c] is never cited');
  });
});

describe('checkCitations with the captures at hand', () => {
  const capture =
    'Headline\n\nFirst paragraph, about leaflets.\nSecond: at least 100 of its troops deployed to Russia have been killed.\n';
  const base = { path: 'r.md', sourceIds: new Set(['npr']), strayMarkers: [], captureOf: () => capture };

  it('links a note to the paragraph of a range that its passage is in', () => {
    const result = checkCitations({
      ...base,
      notes: [{ label: 'a', text: '@npr, ¶ 1–3: “100 of its troops … have been killed”', line: 4 }],
      referenceLabels: ['a'],
    });
    expect(result.ok && result.notes[0]!.paragraph).toBe(3);
  });

  it('fails on a passage the cited paragraph does not hold, naming file, line, note and fix', () => {
    const result = checkCitations({
      ...base,
      notes: [{ label: 'toll', text: '@npr, ¶ 3: “at least 1,000 of its troops”', line: 12 }],
      referenceLabels: ['toll'],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain(
        "r.md:12: note [^toll]'s passage “at least 1,000 of its troops” is not in ¶ 3 of the capture word for word; copy the words exactly",
      );
  });

  it('fails on a passage from another paragraph than the one cited, saying which', () => {
    const result = checkCitations({
      ...base,
      notes: [{ label: 'a', text: '@npr, ¶ 2: “have been killed”', line: 5 }],
      referenceLabels: ['a'],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain(
        'quotes words from ¶ 3, not from ¶ 2, which the note cites; fix the locator',
      );
  });

  it('checks nothing and links to the locator when the build goes without the captures', () => {
    const result = checkCitations({
      ...base,
      captureOf: () => undefined,
      notes: [{ label: 'a', text: '@npr, ¶ 1–3: “words in no capture”', line: 5 }],
      referenceLabels: ['a'],
    });
    expect(result.ok && result.notes[0]!.paragraph).toBe(1);
  });
});

describe('createCitationCounter', () => {
  it('gives each label its number on first citation, whatever its case, and counts its uses', () => {
    const count = createCitationCounter();
    expect(['a', 'b', 'A', 'c', 'b'].map(count)).toEqual([
      { n: 1, k: 1 },
      { n: 2, k: 1 },
      { n: 1, k: 2 },
      { n: 3, k: 1 },
      { n: 2, k: 2 },
    ]);
  });
});
