/**
 * Render benchmark: the CPU time to render every report of a content folder through the site's
 * one report pipeline (src/markdown/pipeline.ts: Sätteri with the site's mdast and hast plugins),
 * as `.md` (HTML) and as `.mdx` (a compiled component), through Astro's own renderers for the
 * processor (`createRenderer`, `createMdxRenderer`), interleaved in this one process. The table
 * gives CPU seconds (user + system), which the load of a shared machine changes far less than
 * wall time. It also checks that both give the page the same data (citations, words, entity
 * mentions, figure links), and exits 1 if not. Nothing is written.
 *
 *   npm run synth -- --reports 1000 && node scripts/bench/render.ts --content .synth/content-1000 --repeat 3 [--limit 200]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: '.synth/content-1000' },
    repeat: { type: 'string', default: '3' },
    limit: { type: 'string' },
  },
});
const contentDir = resolve(values.content!);
const repeat = Number(values.repeat);

// Vite loads the site's modules, which import one another without file extensions.
const vite = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
});
try {
  const { readContent, formatContentProblems } = await vite.ssrLoadModule('/src/build/content-check.ts');
  const { entityNames } = await vite.ssrLoadModule('/src/lib/aliases.ts');
  const { satteriPipeline } = await vite.ssrLoadModule('/src/markdown/pipeline.ts');
  const { figureIndex } = await vite.ssrLoadModule('/src/markdown/figure-hrefs.ts');
  const { satteri } = await import('@astrojs/markdown-satteri');

  const { problems, content } = readContent({ contentDir });
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  const options = {
    sourceIds: new Set(content.sources.map((s: { id: string }) => s.id)),
    entities: entityNames(content.entities),
    base: '/',
    figures: figureIndex(content),
  };
  const reports = (content.reports as { path: string; data: { draft: boolean }; body: string }[])
    .filter((r) => !r.data.draft)
    .slice(0, values.limit ? Number(values.limit) : undefined);
  // Astro's Markdown defaults: Shiki highlighting, GFM and smart punctuation.
  const shared = {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
    shikiConfig: {
      langs: [],
      theme: 'github-dark',
      themes: {},
      wrap: false,
      transformers: [],
      langAlias: {},
    },
    gfm: true,
    smartypants: true,
    image: {},
  } as never;
  const processor = satteri(satteriPipeline(options));
  const markdown = await processor.createRenderer(shared);
  const mdx = await processor.createMdxRenderer!(shared, {
    optimize: false,
    srcDir: new URL('../../src/', import.meta.url),
  } as never);

  type Frontmatter = Record<string, unknown>;
  // Each renderer gives the data the page reads back (Astro's remarkPluginFrontmatter).
  const formats = [
    {
      name: '.md (HTML)',
      renderAll: async () => {
        const out: Frontmatter[] = [];
        for (const r of reports) {
          const rendered = (await markdown.render(r.body, {
            frontmatter: { ...r.data },
            fileURL: pathToFileURL(resolve(r.path)),
          })) as { metadata: { frontmatter: Frontmatter } };
          out.push(rendered.metadata.frontmatter);
        }
        return out;
      },
    },
    {
      name: '.mdx (component)',
      renderAll: async () => {
        const out: Frontmatter[] = [];
        for (const r of reports) {
          const { code } = await mdx.process(r.body, resolve(r.path), { ...r.data });
          // The compiled module ends by exporting its frontmatter as JSON.
          out.push(JSON.parse(/^export const frontmatter = (.*);$/m.exec(code)![1]!) as Frontmatter);
        }
        return out;
      },
    },
  ];

  // Warm up (JIT, lazy imports, the highlighter), and check both formats give the page the same data.
  const [fromMd, fromMdx] = [await formats[0]!.renderAll(), await formats[1]!.renderAll()];
  // Key by key, as JSON: the order plugins set keys in does not matter to a page.
  const sortedJson = (o: Frontmatter) =>
    JSON.stringify(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  const sameData = fromMd.filter((a, i) => sortedJson(a) === sortedJson(fromMdx[i]!)).length;
  const cpu: Record<string, number[]> = Object.fromEntries(formats.map((f) => [f.name, []]));
  for (let i = 0; i < repeat; i += 1) {
    // Alternate which format goes first, so neither always meets a warmer or colder machine.
    for (const f of i % 2 === 0 ? formats : [...formats].reverse()) {
      const start = process.cpuUsage();
      await f.renderAll();
      const used = process.cpuUsage(start);
      cpu[f.name]!.push((used.user + used.system) / 1e6);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `${reports.length} reports (--limit ${values.limit ?? 'none'}) from ${values.content}, ${repeat} run(s) each, CPU seconds (user + system):\n`,
  );
  console.log('| rendered as | CPU s per run | median | reports per CPU s |\n| --- | --- | --- | --- |');
  for (const f of formats) {
    const m = median(cpu[f.name]!);
    console.log(
      `| ${f.name} | ${cpu[f.name]!.map((x) => x.toFixed(1)).join(', ')} | ${m.toFixed(1)} | ${Math.round(reports.length / m)} |`,
    );
  }
  console.log(
    `\nSame page data (citations, words, entity mentions, figure links) from .md and .mdx for ${sameData} of ${reports.length} reports.`,
  );
  if (sameData !== reports.length) process.exitCode = 1;
} finally {
  await vite.close();
}
