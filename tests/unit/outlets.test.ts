import { describe, expect, it } from 'vitest';
import { groupSourcesByOutlet, outletKey, outletSlug } from '../../src/lib/outlets';

const source = (id: string, outlet: { name: string; basis: 'stated' | 'inferred' } | null) => ({
  id,
  file: `content/sources/${id}.yaml`,
  outlet,
  source: id,
});

describe('outletSlug', () => {
  it('writes the name as lower-case ASCII words joined by hyphens', () => {
    expect(outletSlug('Korea Daily')).toBe('korea-daily');
    expect(outletSlug('NPR')).toBe('npr');
    expect(outletSlug('Le Monde Diplomatique de l’Été')).toBe('le-monde-diplomatique-de-lete');
  });

  it('gives a name with no Latin letter an address of its own, the same every build', () => {
    const slug = outletSlug('연합뉴스');
    expect(slug).toMatch(/^outlet-[0-9a-z]{6}$/);
    expect(outletSlug('연합뉴스')).toBe(slug);
    expect(outletSlug('РИА Новости')).not.toBe(slug);
  });
});

describe('outletKey', () => {
  it('takes one outlet however its case and spacing are written', () => {
    expect(outletKey(' NPR ')).toBe(outletKey('npr'));
  });
});

describe('groupSourcesByOutlet', () => {
  it('groups the sources by outlet, by name, leaves out sources with no outlet, and counts the inferred ones', () => {
    const outlets = groupSourcesByOutlet([
      source('a', { name: 'NPR', basis: 'stated' }),
      source('b', null),
      source('c', { name: 'Korea Daily', basis: 'inferred' }),
      source('d', { name: 'npr', basis: 'inferred' }),
    ]);
    expect(outlets.map((o) => [o.slug, o.name, o.sources.map((s) => s.id), o.inferred])).toEqual([
      ['korea-daily', 'Korea Daily', ['c'], 1],
      ['npr', 'NPR', ['a', 'd'], 1],
    ]);
  });

  it('names the outlet as a stated source spells it, before an inferred one', () => {
    const [outlet] = groupSourcesByOutlet([
      source('x', { name: 'npr', basis: 'inferred' }),
      source('y', { name: 'NPR', basis: 'stated' }),
    ]);
    expect(outlet!.name).toBe('NPR');
  });

  it('fails, naming both spellings, their files and the fix, when two outlets would share an address', () => {
    expect(() =>
      groupSourcesByOutlet([
        source('a', { name: 'Korea Daily', basis: 'stated' }),
        source('b', { name: 'Korea-Daily', basis: 'stated' }),
      ]),
    ).toThrow(
      /^content\/sources\/b\.yaml: 'outlet\.name' 'Korea-Daily' would share the address \/outlets\/korea-daily\/ with 'Korea Daily' \(content\/sources\/a\.yaml\); if they are one outlet, spell 'outlet\.name' the same way/,
    );
  });

  it('has no outlets when no source names one', () => {
    expect(groupSourcesByOutlet([source('a', null)])).toEqual([]);
  });
});
