import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { editDistance, fieldsAt, nearestName, type JsonSchemaNode } from '../../src/lib/field-names';
import { reportSchema } from '../../src/schemas/report';
import { sourceSchema } from '../../src/schemas/source';

const json = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;

describe('fieldsAt', () => {
  it('lists the fields of a file, of a nested object, and of the objects in a list', () => {
    const schema = json(
      z.strictObject({
        title: z.string(),
        capture: z.strictObject({ file: z.string(), sha256: z.string() }).optional(),
        sources: z.array(z.strictObject({ source: z.string(), locator: z.string().optional() })).default([]),
        outlet: z.union([z.string(), z.strictObject({ name: z.string(), basis: z.string() })]),
      }),
    );
    expect(fieldsAt(schema, [])).toEqual(['title', 'capture', 'sources', 'outlet']);
    expect(fieldsAt(schema, ['capture'])).toEqual(['file', 'sha256']);
    expect(fieldsAt(schema, ['sources', 2])).toEqual(['source', 'locator']);
    expect(fieldsAt(schema, ['outlet'])).toEqual(['name', 'basis']);
    expect(fieldsAt(schema, ['nowhere'])).toEqual([]);
  });

  it('reads the real report and source schemas', () => {
    expect(fieldsAt(json(reportSchema), [])).toEqual(
      expect.arrayContaining(['title', 'draft', 'corrections']),
    );
    expect(fieldsAt(json(reportSchema), ['corrections', 0])).toEqual(['date', 'kind', 'text']);
    expect(fieldsAt(json(sourceSchema), ['capture'])).toEqual(expect.arrayContaining(['file', 'sha256']));
  });
});

describe('nearestName', () => {
  const fields = ['title', 'dek', 'draft', 'publishedAt', 'sources', 'formerSlugs'];
  it('finds the field an editor meant: another case, a slip of a letter or two, a plural', () => {
    expect(nearestName('Draft', fields)).toBe('draft');
    expect(nearestName('titel', fields)).toBe('title');
    expect(nearestName('drafts', fields)).toBe('draft');
    expect(nearestName('published_at', fields)).toBe('publishedAt');
    expect(nearestName('formerslug', fields)).toBe('formerSlugs');
  });
  it('suggests nothing for a name unlike any field', () => {
    expect(nearestName('colour', fields)).toBeUndefined();
    expect(nearestName('x', fields)).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('dek', 'desk')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
