/**
 * The schemas of issue 18's model: who made a statement (claimant), what a figure covers (scope),
 * the archive's search names and identifications, and authors stated or inferred. Each rejects
 * what an editor could get wrong, with a message naming the field and the fix.
 */
import { describe, expect, it } from 'vitest';
import { createClaimSchema } from '../../src/schemas/claim';
import { createClaimantSchema, slugSchema } from '../../src/schemas/common';
import { createEntitySchema } from '../../src/schemas/entity';
import { sourceSchema } from '../../src/schemas/source';

const refs = { source: slugSchema, entity: slugSchema, topic: slugSchema, quantity: slugSchema };
const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`));

describe('createClaimantSchema', () => {
  const claimant = createClaimantSchema(refs);

  it('reads an entity id as an entity the capture names', () => {
    expect(claimant.parse('lee-seong-kweun')).toEqual({
      kind: 'entity',
      entity: 'lee-seong-kweun',
      basis: 'stated',
      asWritten: undefined,
      reason: undefined,
    });
  });

  it('reads a report speaking in its own voice', () => {
    expect(claimant.parse({ report: 'drone-operators' })).toEqual({
      kind: 'report',
      report: 'drone-operators',
    });
  });

  it('keeps an identification with the capture’s words and the reason', () => {
    expect(
      claimant.parse({
        entity: 'national-intelligence-service',
        basis: 'inferred',
        asWritten: "South Korea's spy agency",
        reason: 'NPR does not name the agency.',
      }),
    ).toMatchObject({ kind: 'entity', basis: 'inferred', asWritten: "South Korea's spy agency" });
  });

  it('rejects an identification without the capture’s words or without a reason', () => {
    expect(messages(claimant.safeParse({ entity: 'nis', basis: 'inferred' }))).toEqual([
      "asWritten: is missing: an inferred claimant needs the capture's own words for the party, copied exactly",
      "reason: is missing: an inferred claimant needs a reason saying why the archive takes the capture's words to mean this entity",
    ]);
  });

  it('rejects both an entity and a report, neither, or a report with an inference', () => {
    expect(messages(claimant.safeParse({ entity: 'a', report: 'b' }))[0]).toMatch(
      /needs either 'entity: <entity-id>'/,
    );
    expect(messages(claimant.safeParse({}))[0]).toMatch(/needs either/);
    expect(messages(claimant.safeParse({ report: 'b', basis: 'inferred' }))[0]).toMatch(
      /takes no 'basis', 'asWritten' or 'reason' when it is a report speaking in its own voice/,
    );
  });
});

describe('createClaimSchema: scope', () => {
  const claim = createClaimSchema(refs);
  const base = {
    quantity: 'killed',
    value: 47,
    unit: 'soldiers',
    counts: 'Soldiers wounded by drone strikes',
    claimant: 'special-forces',
    claimedAt: { date: '2024-12-17', basis: 'stated' },
    sources: [{ source: 'leaflets', locator: '¶ 9' }],
  };

  it('requires a scope', () => {
    expect(messages(claim.safeParse(base))).toEqual([expect.stringMatching(/^scope: /)]);
  });

  it('accepts each kind of count with what it needs', () => {
    expect(claim.safeParse({ ...base, scope: { kind: 'period', span: 'three days' } }).success).toBe(true);
    expect(
      claim.safeParse({
        ...base,
        scope: { kind: 'period' },
        period: { from: '2024-12-14', to: '2024-12-17', basis: 'stated' },
      }).success,
    ).toBe(true);
    expect(claim.safeParse({ ...base, scope: { kind: 'incident', incident: 'capture' } }).success).toBe(true);
    expect(
      claim.safeParse({ ...base, scope: { kind: 'running-total', place: 'kursk-region' } }).success,
    ).toBe(true);
    expect(claim.safeParse({ ...base, scope: { kind: 'at-one-time' } }).success).toBe(true);
  });

  it('rejects a period with neither bounds nor span, an incident without its event, and parts of one kind on another', () => {
    expect(messages(claim.safeParse({ ...base, scope: { kind: 'period' } }))).toEqual([
      expect.stringMatching(/^scope\.span: is missing: a 'period' claim needs its bounds/),
    ]);
    expect(messages(claim.safeParse({ ...base, scope: { kind: 'incident' } }))).toEqual([
      expect.stringMatching(/^scope\.incident: is missing: an 'incident' claim names the event it counts/),
    ]);
    expect(messages(claim.safeParse({ ...base, scope: { kind: 'running-total', incident: 'x' } }))).toEqual([
      expect.stringMatching(/^scope\.incident: is only for an 'incident' claim/),
    ]);
    expect(
      messages(claim.safeParse({ ...base, scope: { kind: 'incident', incident: 'x', span: 'a day' } })),
    ).toEqual([expect.stringMatching(/^scope\.span: is only for a 'period' claim/)]);
    expect(claim.safeParse({ ...base, scope: { kind: 'campaign' } }).success).toBe(false);
  });

  it('says how the period is known, and why when the archive inferred it', () => {
    const scope = { kind: 'running-total' };
    expect(messages(claim.safeParse({ ...base, scope, period: { to: '2024-12' } }))).toEqual([
      expect.stringMatching(/^period\.basis: /),
    ]);
    expect(
      messages(claim.safeParse({ ...base, scope, period: { to: '2024-12', basis: 'inferred' } })),
    ).toEqual(["period.reason: an inferred period needs a 'reason' that says what it was inferred from"]);
    expect(
      claim.safeParse({
        ...base,
        scope,
        period: {
          to: '2024-12',
          basis: 'inferred',
          reason: 'Up to the statement, dated from “on Thursday”.',
        },
      }).success,
    ).toBe(true);
  });
});

describe('createEntitySchema: search names and identifications', () => {
  const entity = createEntitySchema(refs);
  const base = {
    name: 'Putin',
    kind: 'person',
    description: 'The Kremlin leader.',
    sources: [{ source: 'npr', locator: '¶ 79' }],
  };

  it('keeps search names, each with its language, apart from the aliases', () => {
    const parsed = entity.parse({
      ...base,
      aliases: ['Putin'],
      searchNames: [{ name: 'Путин', lang: 'ru' }],
    });
    expect(parsed.aliases).toEqual(['Putin']);
    expect(parsed.searchNames).toEqual([{ name: 'Путин', lang: 'ru' }]);
    expect(entity.safeParse({ ...base, searchNames: [{ name: 'Путин' }] }).success).toBe(false);
    expect(entity.safeParse({ ...base, searchNames: [{ name: 'Путин', lang: 'Russian' }] }).success).toBe(
      false,
    );
  });

  it('requires an identification to be inferred, placed and reasoned', () => {
    const identification = {
      asWritten: "South Korea's spy agency",
      source: 'npr',
      locator: '¶ 61',
      basis: 'inferred',
      reason: 'NPR does not name the agency.',
    };
    expect(entity.safeParse({ ...base, identifications: [identification] }).success).toBe(true);
    expect(
      messages(entity.safeParse({ ...base, identifications: [{ ...identification, basis: 'stated' }] })),
    ).toEqual([
      expect.stringMatching(/^identifications\.0\.basis: must be 'inferred'.*belongs in 'aliases'/),
    ]);
    const { reason: _, ...withoutReason } = identification;
    expect(messages(entity.safeParse({ ...base, identifications: [withoutReason] }))).toEqual([
      expect.stringMatching(/^identifications\.0\.reason: /),
    ]);
  });
});

describe('sourceSchema: authors', () => {
  const base = {
    title: 'A sample source',
    outlet: null,
    published: { date: '2024-12', basis: 'stated' },
    capture: { file: 'sample.txt', sha256: 'a'.repeat(64) },
    retrievedAt: '2026-11-22',
    language: 'en',
  };

  it('reads a plain name as a byline name, stated', () => {
    expect(sourceSchema.parse({ ...base, authors: ['Camilla Jessen'] }).authors).toEqual([
      { name: 'Camilla Jessen', basis: 'stated' },
    ]);
  });

  it('keeps an inferred author with where and why, and names whose role is not stated', () => {
    const parsed = sourceSchema.parse({
      ...base,
      authors: [
        {
          name: 'Joanna Kakissis',
          basis: 'inferred',
          locator: '¶ 95',
          reason: 'A closing biography, not a byline.',
        },
      ],
      namedWithoutRole: [{ name: 'Volodymyr Solohub', locator: '¶ 96' }],
    });
    expect(parsed.authors[0]).toMatchObject({ basis: 'inferred', locator: '¶ 95' });
    expect(parsed.namedWithoutRole).toEqual([{ name: 'Volodymyr Solohub', locator: '¶ 96' }]);
  });

  it('rejects an inferred author without a reason or without a locator', () => {
    expect(
      messages(
        sourceSchema.safeParse({ ...base, authors: [{ name: 'X', basis: 'inferred', locator: '¶ 1' }] }),
      ),
    ).toEqual(["authors.0.reason: an inferred author needs a 'reason' that says what it was inferred from"]);
    expect(
      messages(
        sourceSchema.safeParse({
          ...base,
          authors: [{ name: 'X', basis: 'inferred', reason: 'From a closing line.' }],
        }),
      ),
    ).toEqual([
      "authors.0.locator: is missing: an inferred author needs a locator, '¶ N', saying where in the capture the name is",
    ]);
  });
});
