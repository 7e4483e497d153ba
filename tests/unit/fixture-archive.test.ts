/**
 * The fixture archive in tests/fixtures/investigation (a KURSK_CONTENT_DIR-style folder) is valid,
 * and the claim-status rule gives the statuses its files were written to produce.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/build/content-files';
import { checkContent } from '../../src/build/content-check';
import { deriveClaimStatuses, toStatusInput, type SourceIdentity } from '../../src/lib/claims';
import { createClaimSchema } from '../../src/schemas/claim';
import { slugSchema } from '../../src/schemas/common';
import { sourceSchema } from '../../src/schemas/source';

const dir = join('tests', 'fixtures', 'investigation');
const refs = { source: slugSchema, entity: slugSchema, topic: slugSchema, quantity: slugSchema };

describe('the fixture archive', () => {
  it('passes every check the build makes', () => {
    expect(checkContent({ contentDir: dir })).toEqual([]);
  });

  it('yields a disputed, a corroborated and a single-source claim', () => {
    const sources = new Map<string, SourceIdentity>(
      readCollection(dir, 'sources').map((f) => {
        const s = sourceSchema.parse(f.data);
        const stated = s.authors.filter((a) => a.basis === 'stated').map((a) => a.name);
        return [f.id, { id: f.id, outlet: s.outlet?.name ?? null, authors: stated }];
      }),
    );
    const claims = readCollection(dir, 'claims').map((f) =>
      toStatusInput(f.id, createClaimSchema(refs).parse(f.data)),
    );
    const status = Object.fromEntries(
      [...deriveClaimStatuses(claims, sources)].map(([id, s]) => [id, s.status]),
    );
    expect(status).toEqual({
      'fixture-low-estimate': 'disputed',
      'lee-killed-100': 'disputed',
      // Two sources with different authors and outlets.
      'lee-wounded-1000': 'corroborated',
      // Claimed in June 2025: too long after the December 2024 claims to dispute them.
      'nis-killed-4700': 'single-source',
      // A three-day tally: never set against the running totals, however far apart the numbers.
      'special-forces-killed-december': 'single-source',
      'special-forces-wounded-december': 'single-source',
    });
  });
});
