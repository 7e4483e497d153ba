/**
 * Bad content fails loudly: each folder in tests/fixtures/bad-content/ holds one small archive with
 * one defect, and the content check (the code behind `npm run check` and the first step of every
 * `astro build`) must reject it with a message naming the file, the field and the fix. The valid
 * fixture next to them passes, so each failure is the defect's. The CLI and the real build are run
 * on fixtures too (they start Vite and Astro, which takes seconds, so not once per case).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check';

const FIXTURES = 'tests/fixtures';
const CAPTURES = `${FIXTURES}/captures`;

function run(
  command: string,
  args: string[],
  contentDir: string,
  extraEnv: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, KURSK_CONTENT_DIR: contentDir, KURSK_CAPTURES_DIR: CAPTURES, FORCE_COLOR: '0', ...extraEnv },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}
const check = (contentDir: string) => run(process.execPath, ['scripts/check-content.mjs'], contentDir);

/** Each case: the file the message must name, the field, and words of the fix. */
const CASES: Record<string, { file: string; field: RegExp; fix: RegExp }> = {
  'malformed-frontmatter': { file: 'reports/sample.md', field: /YAML does not parse: Missing closing "quote at line \d+/, fix: /Fix the frontmatter\/YAML syntax/ },
  'missing-field': { file: 'reports/sample.md', field: /'dek' is missing/, fix: /add it \(the field is described in src\/schemas\/report\.ts\)/ },
  'impossible-date': { file: 'reports/sample.md', field: /'publishedAt' '2024-02-30' is not a real day/, fix: /February 2024 has 29 days/ },
  'unknown-source': { file: 'reports/sample.md', field: /'sources\[1\]' names 'no-such-source'/, fix: /fix the id or add content\/sources\/no-such-source\.yaml/ },
  'unknown-entity': { file: 'reports/sample.md', field: /'entities\[0\]' names 'nobody-known'/, fix: /fix the id or add content\/entities\/nobody-known\.yaml/ },
  'duplicate-slug': { file: 'reports/sample.mdx', field: /id 'sample' is used by .*reports\/sample\.md and .*reports\/sample\.mdx/, fix: /rename one of them/ },
  'citation-without-note': { file: 'reports/sample.md:11', field: /citation \[\^two\] has no note/, fix: /add a line '\[\^two\]: @source-id, ¶ N'/ },
  'note-never-cited': { file: 'reports/sample.md:14', field: /note \[\^spare\] is never cited/, fix: /cite it with \[\^spare\] after the sentence it supports, or delete it/ },
  // MDX and Markdown reports are both parsed by Sätteri, as in the build: both give the same line.
  'mdx-note-never-cited': { file: 'reports/sample.mdx:14', field: /note \[\^spare\] is never cited/, fix: /cite it with \[\^spare\] after the sentence it supports, or delete it/ },
  'claim-without-source': { file: 'claims/sample-claim.yaml', field: /'sources' needs at least one source/, fix: /src\/schemas\/claim\.ts/ },
  'capture-hash-mismatch': { file: 'sources/sample.yaml', field: /'capture\.sha256' is a{64}, but sample\.txt hashes to [0-9a-f]{64}/, fix: /run 'sha256sum sample\.txt' and copy the hash/ },
  'unknown-figure-link': { file: 'reports/sample.md:11', field: /the link \/figures\/#no-such-quantity points at a quantity 'no-such-quantity' that does not exist/, fix: /use the id of a file in content\/quantities\/ \(\/figures\/#<quantity-id>\)/ },
  'alias-on-two-entities': { file: 'entities/sample-person.yaml', field: /'aliases\[0\]': 's\. person'.*'aliases\[0\]': 'S\. Person'/, fix: /keep it on the one entity it names and remove it from/ },
  // Names (issue 18, 6): an alias is a spelling some capture prints.
  'alias-in-no-capture': { file: 'entities/sample-person.yaml', field: /'aliases\[0\]' is 'Sampel Persson', which no capture uses/, fix: /copy the capture's spelling exactly, or, .* move it to 'searchNames'/ },
  // Names (issue 23, 6): a spelling readers can see and type, in one script per word, that names something.
  'alias-with-invisible-character': { file: 'entities/sample-person.yaml', field: /'aliases\[0\]' is 'S\. Per<U\+00AD>son', which holds an invisible character, U\+00AD \(soft hyphen\)/, fix: /type the spelling again without it/ },
  'alias-mixing-scripts': { file: 'entities/sample-person.yaml', field: /'searchNames\[0\]\.name' is 'Sample Pers\u043en', whose word 'Pers\u043en' mixes Latin and Cyrillic letters: '\u043e' \(U\+043E\) is Cyrillic/, fix: /type the word again in one script/ },
  'alias-is-a-common-word': { file: 'entities/sample-person.yaml', field: /'aliases\[0\]' is 'also', a common English word/, fix: /remove it, or keep the longer form the capture uses/ },
  'alias-too-short': { file: 'entities/sample-person.yaml', field: /'searchNames\[0\]\.name' is 'SP', too short to be a name/, fix: /remove it, or keep the longer form the capture uses/ },
  // Locators (issue 23, 7): '¶ N' or '¶ N–M', ascending, within the capture's paragraphs, in YAML and in notes.
  'locator-past-end-of-capture': { file: 'entities/sample-person.yaml', field: /'sources\[1\]\.locator' is '¶ 9999', but sample\.txt has 3 paragraphs \(non-blank lines\)/, fix: /point it at the paragraph that holds the fact, '¶ 1' to '¶ 3'/ },
  'locator-range-backwards': { file: 'entities/sample-person.yaml', field: /'sources\[0\]\.locator' is '¶ 3–2', a range that runs backwards/, fix: /write the first paragraph first: '¶ 2–3'/ },
  'note-locator-past-end-of-capture': { file: 'reports/sample.md', field: /'note \[\^one\]' is '¶ 2–4', but sample\.txt has 3 paragraphs/, fix: /'¶ 1' to '¶ 3'/ },
  // Ids (issue 23, 8): a report's ids never take the page's own, and a {#…} is a well-formed id at the end.
  'heading-takes-a-note-id': { file: 'reports/sample.md:11', field: /the heading 'Note 1' gets the id 'note-1', which the page gives note 1 in the Notes/, fix: /reword the heading, or give it an id of its own at its end \('Note 1 \{#my-id\}'\)/ },
  'malformed-paragraph-id': { file: 'reports/sample.md:11', field: /'\{#Three_Lines\}' is not an id, and would be shown as text/, fix: /a lower-case letter, then lower-case letters, digits or hyphens \('\{#my-id\}'\)/ },
  // Shown text (issue 23, 11): headlines and deks have a length limit and no invisible or bidi characters.
  'headline-too-long': { file: 'reports/sample.md', field: /'title' is 153 characters long, more than the 140 it may have/, fix: /shorten it \(the field is described in src\/schemas\/report\.ts\)/ },
  // Free text (issue 23, 11): every other text field has a generous maximum, so a runaway paste fails the check.
  'claim-counts-too-long': { file: 'claims/sample-claim.yaml', field: /'counts' is 1100 characters long, more than the 1000 it may have/, fix: /shorten it \(the field is described in src\/schemas\/claim\.ts\)/ },
  'period-reason-too-long': { file: 'claims/sample-claim.yaml', field: /'period\.reason' is 1050 characters long, more than the 1000 it may have/, fix: /shorten it/ },
  'quantity-note-too-long': { file: 'quantities/sample-count.yaml', field: /'note' is 2100 characters long, more than the 2000 it may have/, fix: /shorten it/ },
  'correction-text-too-long': { file: 'reports/sample.md', field: /'corrections\.0\.text' is 1600 characters long, more than the 1500 it may have/, fix: /shorten it \(the field is described in src\/schemas\/report\.ts\)/ },
  'sourcing-note-too-long': { file: 'sources/sample.yaml', field: /'sourcingNote' is 1550 characters long, more than the 1500 it may have/, fix: /shorten it \(the field is described in src\/schemas\/source\.ts\)/ },
  'dek-with-bidi-control': { file: 'reports/sample.md', field: /'dek' holds an invisible character, U\+202E \(right-to-left override, a bidirectional control\)/, fix: /type the text again without it/ },
  // Who said it (5): never an outlet the archive only inferred.
  'claimant-inferred-outlet': { file: 'claims/sample-claim.yaml', field: /'claimant' credits 'sample-wire', an outlet that .*sources\/sample\.yaml only infers/, fix: /credit the party the capture names for it, or, where the report says it in its own voice, put '\{ report: sample \}'/ },
  // An identification the archive makes says why.
  'identification-without-reason': { file: 'entities/sample-person.yaml', field: /'identifications\.0\.reason' is missing/, fix: /what the archive worked it out from and why/ },
  // Scope (4): every claim says what its number covers, and an incident names its event.
  'claim-without-scope': { file: 'claims/sample-claim.yaml', field: /'scope' is missing/, fix: /add 'scope: \{ kind: running-total \| period \| incident \| at-one-time \}'/ },
  'incident-without-event': { file: 'claims/sample-claim.yaml', field: /'scope\.incident' is missing/, fix: /'incident: <event-id>' \(a file in content\/events\/\)/ },
  // A field the schema does not know is never dropped: a misspelt 'draft' would publish a draft.
  'unknown-field': { file: 'reports/sample.md', field: /'Draft' is not a field this file can have/, fix: /did you mean 'draft'\? Correct its name, or remove it \(the fields are described in src\/schemas\/report\.ts\)/ },
  // A date block is strict too: a misspelt 'inferredPart' would silently show "(date inferred)".
  'date-field-misspelt': { file: 'sources/sample.yaml', field: /'published\.inferedPart' is not a field this file can have/, fix: /did you mean 'published\.inferredPart'\?/ },
  // "(year inferred)" says the capture prints the rest of the date: only for an inferred date.
  'year-inferred-on-stated-date': { file: 'sources/sample.yaml', field: /'published\.inferredPart' 'inferredPart: year' marks a date whose year the archive inferred, so it needs 'basis: inferred'/, fix: /remove it for a stated date/ },
  // Text from YAML is shown as typed: a straight mark would stand beside the curled ones of the body.
  'straight-single-quote-in-shown-text': { file: 'reports/sample.md', field: /'dek' opens a quotation with a straight single quotation mark \("'a witness'/, fix: /write “…” around a quotation, ‘…’ inside one/ },
  'straight-single-quote-in-reason': { file: 'sources/sample.yaml', field: /'published\.reason' opens a quotation with a straight single quotation mark \("'on Thursday'/, fix: /write “…” around a quotation/ },
  'straight-quotes-in-shown-text': { file: 'reports/sample.md', field: /'dek' uses a straight quotation mark/, fix: /write “…” around a quotation/ },
  'unknown-nested-field': { file: 'sources/sample.yaml', field: /'capture\.fil' is not a field this file can have/, fix: /did you mean 'capture\.file'\?/ },
  // Publishing is a decision: every report says whether it is a draft.
  'draft-not-stated': { file: 'reports/sample.md', field: /'draft' is missing/, fix: /write 'draft: false' to publish the report, or 'draft: true' to keep it unpublished/ },
  // A correction's date is a real day, never rolled over (2025-02-29 is not 1 March), and not before publication.
  'impossible-correction-date': { file: 'reports/sample.md', field: /'corrections\.0\.date' '2025-02-29' is not a real day/, fix: /February 2025 has 28 days/ },
  'correction-before-publication': { file: 'reports/sample.md', field: /'corrections\.0\.date' is 2024-12-19, before the report was published \(2024-12-20\)/, fix: /a correction is dated the day it was made, on or after publication/ },
  // An id a list page uses would replace the list or be lost: /reports/analysis/, /reports/2/.
  'report-id-is-a-list-page': { file: 'reports/analysis.md', field: /the file name 'analysis' is the entry's address, but \/reports\/analysis\/ is the list of analyses/, fix: /rename the file/ },
  'report-id-is-a-page-number': { file: 'reports/2.md', field: /the file name '2' is the entry's address, but \/reports\/2\/ is page 2 of the list of reports/, fix: /rename the file \(an id needs a letter/ },
  // Checked by npm run check, not only by the build: an old address cannot lead to a live report.
  'former-slug-is-live': { file: 'reports/second-sample.md', field: /'formerSlugs' lists 'sample', but .*reports\/sample\.md is published at that slug/, fix: /remove it from one of them/ },
  // Reports are prose and notes: no raw HTML, no link to another scheme, no code in MDX.
  'raw-html-in-report': { file: 'reports/sample.md:13', field: /raw HTML is not allowed in a report \('<meta http-equiv="refresh"/, fix: /write it in Markdown, or use a component in an \.mdx report/ },
  'unsafe-link-in-report': { file: 'reports/sample.md:11', field: /links to 'javascript:', which a report may not use/, fix: /link with https:, http: or mailto:, or to a page of this site/ },
  'mdx-imports-code': { file: 'reports/sample.mdx:11', field: /'import \{ writeFileSync \} from 'node:fs';' is not allowed in a report/, fix: /may only import one of the site's report components/ },
  // A note's passage is the capture's words, from the paragraph it cites, and short (issue 22, 4).
  'passage-misquoted': { file: 'reports/sample.md:13', field: /note \[\^one\]'s passage “It has a third line\.” is not in ¶ 2 of the capture word for word/, fix: /copy the words exactly as the capture has them/ },
  'passage-from-another-paragraph': { file: 'reports/sample.md:13', field: /note \[\^one\]'s passage “And a third, .*” quotes words from ¶ 3, not from ¶ 2, which the note cites/, fix: /fix the locator if ¶ 3 bears the fact, or quote the cited paragraph/ },
  'passage-too-long': { file: 'reports/sample.md:13', field: /note \[\^one\]'s passage “.*” is 48 words long, more than the 40 a passage may quote/, fix: /quote only the words that bear the fact, and mark words left out with '…'/ },
  // Outlets (src/lib/outlets.ts): two spellings that would share one outlet page's address.
  'outlets-share-an-address': { file: 'sources/second-sample.yaml', field: /'outlet\.name' 'Sample-Wire' would share the address \/outlets\/sample-wire\/ with 'Sample Wire' \(.*sources\/sample\.yaml\)/, fix: /spell 'outlet\.name' the same way in each source file/ },
  // Authors (7): an author taken from anywhere but a byline says where.
  'inferred-author-without-locator': { file: 'sources/sample.yaml', field: /'authors\.0\.locator' is missing/, fix: /where in the capture the name is/ },
};

describe('the content check on the bad-content fixtures', () => {
  it('has a test for every fixture folder, and a fixture for every test', () => {
    expect(readdirSync(`${FIXTURES}/bad-content`).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('passes the valid fixture they are all derived from', () => {
    expect(checkContent({ contentDir: `${FIXTURES}/valid-content`, capturesDir: CAPTURES })).toEqual([]);
  });

  it.each(Object.entries(CASES))('rejects %s, naming the file, the field and the fix', (name, expected) => {
    const problems = checkContent({ contentDir: `${FIXTURES}/bad-content/${name}`, capturesDir: CAPTURES });
    expect(problems.length).toBeGreaterThan(0);
    const line = problems.find((l) => l.includes(`${FIXTURES}/bad-content/${name}/${expected.file}`) && expected.field.test(l));
    expect(line, problems.join('\n')).toBeDefined();
    expect(line).toMatch(expected.fix);
  });
});

describe('npm run check (scripts/check-content.mjs) with KURSK_CONTENT_DIR', () => {
  it('passes the valid fixture', async () => {
    const { status, output } = await check(`${FIXTURES}/valid-content`);
    expect(output).toContain('Content OK: tests/fixtures/valid-content');
    expect(status).toBe(0);
  }, 60_000);

  it('passes without captures when told to skip them, and says the hashes were not checked', async () => {
    const { status, output } = await run(process.execPath, ['scripts/check-content.mjs'], `${FIXTURES}/valid-content`, {
      KURSK_SKIP_CAPTURES: '1',
    });
    expect(output).toContain('capture hashes NOT checked (KURSK_SKIP_CAPTURES=1)');
    expect(status).toBe(0);
  }, 60_000);

  it('fails on a bad fixture, printing each problem on its own line', async () => {
    const { status, output } = await check(`${FIXTURES}/bad-content/unknown-source`);
    expect(status).toBe(1);
    expect(output).toContain('The content has 2 problems; fix them and build again:');
    expect(output).toContain("\n  tests/fixtures/bad-content/unknown-source/reports/sample.md: 'sources[1]' names 'no-such-source'");
  }, 60_000);
});

describe('astro build on bad content', () => {
  it('fails on a duplicate slug (which Astro alone only warns about) with the same message', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kursk-bad-build-'));
    try {
      const { status, output } = await run('npx', ['astro', 'build', '--outDir', outDir], `${FIXTURES}/bad-content/duplicate-slug`);
      expect(status).not.toBe(0);
      expect(output).toContain('The content has 1 problem');
      expect(output).toMatch(/id 'sample' is used by tests\/fixtures\/bad-content\/duplicate-slug\/reports\/sample\.md and tests\/fixtures\/bad-content\/duplicate-slug\/reports\/sample\.mdx; rename one of them/);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
