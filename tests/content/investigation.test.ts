/**
 * The investigation layer of the real content follows the rules of issue 18 that a reader relies
 * on: the figures ledger compares like with like (no dispute across scopes), a statement is
 * credited to the party its capture names (never to an outlet the archive only inferred), every
 * alias is a spelling a capture prints, every identification the archive makes says why, and an
 * author is stated only when a byline names them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturesDir } from '../../src/build/content-files';
import { asWrittenProblems, claimantProblems, readContent } from '../../src/build/content-check';
import { entityNames, findAliasesInNoCapture, normaliseForCapture, usesSpelling } from '../../src/lib/aliases';
import { deriveClaimStatuses, scopesOverlap, toStatusInput, type SourceIdentity } from '../../src/lib/claims';

const root = process.cwd();
const contentDir = join(root, 'content');
// The real content is evidence: its tests read the captures and fail without them (never skipped).
const captures = capturesDir({ ...process.env, KURSK_SKIP_CAPTURES: undefined }, root)!;
// The content as the build sees it: every file parsed with its schema (tests/content/archive.test.ts
// checks that there are no problems).
const { content } = readContent({ contentDir, capturesDir: captures });
const { sources, entities } = content;
const claims = content.claims.map((c) => toStatusInput(c.id, c.data));
const captureOf = (sourceId: string): string =>
  readFileSync(join(captures, sources.find((s) => s.id === sourceId)!.data.capture.file), 'utf8');
/** The non-blank lines a locator (`¶ N` or `¶ N–M`) points at. */
const paragraphs = (sourceId: string, locator: string): string => {
  const m = /^¶\s*(\d+)(?:\s*[–-]\s*(\d+))?$/.exec(locator);
  if (!m) throw new Error(`locator '${locator}' is not '¶ N' or '¶ N–M'`);
  const lines = captureOf(sourceId).split('\n').filter((l) => l.trim() !== '');
  return lines.slice(Number(m[1]) - 1, Number(m[2] ?? m[1])).join('\n');
};

describe('the figures ledger compares like with like', () => {
  const identities = new Map<string, SourceIdentity>(
    sources.map((s) => [
      s.id,
      {
        id: s.id,
        outlet: s.data.outlet?.name ?? null,
        authors: s.data.authors.filter((a) => a.basis === 'stated').map((a) => a.name),
      },
    ]),
  );
  const statuses = deriveClaimStatuses(claims, identities);
  const byId = new Map(claims.map((c) => [c.id, c]));

  it('disputes no two claims whose scopes do not overlap', () => {
    const across = [...statuses].flatMap(([id, s]) =>
      s.disputedBy.filter((other) => !scopesOverlap(byId.get(id)!, byId.get(other)!)).map((o) => `${id} × ${o}`),
    );
    expect(across).toEqual([]);
  });

  it('does not set a three-day tally against a running total, nor one capture against another', () => {
    // The two false disputes issue 18 names: 47 wounded in three days against 1,000 injured, and
    // one soldier captured by the 8th regiment against two captured by special forces in January.
    expect(statuses.get('nk-wounded-special-forces-3-days')!.disputedBy).not.toContain('nk-wounded-lee-seong-kweun');
    expect(statuses.get('nk-wounded-lee-seong-kweun')!.disputedBy).not.toContain('nk-wounded-special-forces-3-days');
    expect(statuses.get('nk-captured-8th-regiment')!.disputedBy).not.toContain('nk-captured-special-forces-january');
    expect(statuses.get('nk-captured-special-forces-january')!.disputedBy).not.toContain('nk-captured-8th-regiment');
  });

  it('gives every incident claim an event of its own on the timeline', () => {
    const events = new Set(content.events.map((e) => e.id));
    const missing = claims.filter((c) => c.scope.kind === 'incident' && !events.has(c.scope.incident!));
    expect(missing.map((c) => c.id)).toEqual([]);
  });
});

describe('who said it', () => {
  it('credits no claim or event to an outlet the archive only inferred, and a report in its own voice only where it is cited', () => {
    expect(claimantProblems(content)).toEqual([]);
  });

  it('quotes the capture’s own words for every party the archive identifies', () => {
    const texts = new Map(
      sources.map((s) => [s.data.capture.file, normaliseForCapture(captureOf(s.id))] as const),
    );
    expect(asWrittenProblems(content, texts)).toEqual([]);
  });

  it('gives every identification a reason, and points it at the paragraph that uses the words', () => {
    const bad = entities.flatMap((e) =>
      e.data.identifications
        .filter(
          (idn) =>
            idn.basis !== 'inferred' ||
            idn.reason.trim().length < 10 ||
            !usesSpelling(normaliseForCapture(paragraphs(idn.source, idn.locator)), idn.asWritten),
        )
        .map((idn) => `${e.id}: '${idn.asWritten}' (${idn.source}, ${idn.locator})`),
    );
    expect(bad).toEqual([]);
  });
});

describe('names', () => {
  it('uses as an alias only a spelling some capture prints', () => {
    const texts = sources.map((s) => normaliseForCapture(captureOf(s.id)));
    expect(findAliasesInNoCapture(entityNames(entities), texts)).toEqual([]);
  });

  it('keeps the archive’s search names apart: none is a spelling a capture prints', () => {
    const texts = sources.map((s) => normaliseForCapture(captureOf(s.id)));
    const printed = entities.flatMap((e) =>
      e.data.searchNames.filter((n) => texts.some((t) => usesSpelling(t, n.name))).map((n) => `${e.id}: ${n.name}`),
    );
    expect(printed).toEqual([]);
  });
});

describe('authors', () => {
  it('states an author only where a byline prints the name', () => {
    const bad = sources.flatMap((s) =>
      s.data.authors
        .filter((a) => a.basis === 'stated')
        .filter((a) => {
          const byline = a.asPrinted ?? a.name;
          const where = a.locator ? paragraphs(s.id, a.locator) : captureOf(s.id);
          return !/^(by|written by)\s/i.test(byline) || !usesSpelling(normaliseForCapture(where), byline);
        })
        .map((a) => `${s.id}: ${a.name}`),
    );
    expect(bad).toEqual([]);
  });

  it('finds every inferred author, and every name kept with "role not stated", where its locator points', () => {
    const bad = sources.flatMap((s) =>
      [...s.data.authors.filter((a) => a.basis === 'inferred'), ...s.data.namedWithoutRole]
        .filter((a) => !a.locator || !usesSpelling(normaliseForCapture(paragraphs(s.id, a.locator)), a.name))
        .map((a) => `${s.id}: ${a.name}`),
    );
    expect(bad).toEqual([]);
  });
});
