/**
 * Render benchmark: the CPU time to render every report of a content folder to HTML, through the
 * two pipelines the site uses (src/integrations/markdown-pipelines.ts): Sätteri with the site's
 * mdast and hast plugins (`.md`) and the remark pipeline with the same plugins (`.mdx`). Both run
 * in this one process through Astro's own renderers (`createRenderer`), interleaved, and the
 * table gives CPU seconds (user + system), which the load of a shared machine changes far less
 * than wall time. Nothing is written.
 *
 *   npm run synth -- --reports 1000 && node scripts/bench/render.ts --content .synth/content-1000 --repeat 3 [--limit 200]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  const { readCollection } = await vite.ssrLoadModule('/src/integrations/content-files.ts');
  const { entityNames } = await vite.ssrLoadModule('/src/lib/aliases.ts');
  const { remarkPipeline, satteriPipeline } = await vite.ssrLoadModule(
    '/src/integrations/markdown-pipelines.ts',
  );
  const { unified, markdownConfigDefaults } = await import('@astrojs/markdown-remark');
  const { satteri } = await import('@astrojs/markdown-satteri');

  const sourceIds = new Set(
    readdirSync(join(contentDir, 'sources'))
      .filter((n) => /\.ya?ml$/.test(n))
      .map((n) => n.replace(/\.ya?ml$/, '')),
  );
  const { readFigureIndex } = await vite.ssrLoadModule('/src/integrations/figure-hrefs.ts');
  const options = {
    sourceIds,
    entities: entityNames(readCollection(contentDir, 'entities')),
    base: '/',
    figures: readFigureIndex(contentDir),
  };
  const reports = (
    readCollection(contentDir, 'reports') as { path: string; data: Record<string, unknown>; body: string }[]
  )
    .filter((r) => r.data.draft !== true)
    .slice(0, values.limit ? Number(values.limit) : undefined);
  const shared = { ...markdownConfigDefaults, image: {} } as never;
  const pipelines = [
    {
      name: 'Sätteri + plugins (.md now)',
      renderer: await satteri(satteriPipeline(options)).createRenderer(shared),
    },
    {
      name: 'remark + plugins (.md before, .mdx now)',
      renderer: await unified(remarkPipeline(options)).createRenderer(shared),
    },
  ];

  type Rendered = { code: string; metadata: { frontmatter: Record<string, unknown> } };
  const renderAll = async (renderer: { render: (body: string, o: object) => Promise<Rendered> }) => {
    const out: Rendered[] = [];
    for (const r of reports)
      out.push(
        await renderer.render(r.body, {
          frontmatter: { ...r.data },
          fileURL: pathToFileURL(resolve(r.path)),
        }),
      );
    return out;
  };
  // Warm up (JIT, lazy imports), and check both give the same HTML and the same data for the page.
  const [after, before] = [await renderAll(pipelines[0]!.renderer), await renderAll(pipelines[1]!.renderer)];
  const sameHtml = after.filter((a, i) => a.code.replace(/\n$/, '') === before[i]!.code).length;
  // Key by key: the plugins of the two pipelines set the keys in different orders.
  const sortedJson = (o: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  const sameData = after.filter(
    (a, i) => sortedJson(a.metadata.frontmatter) === sortedJson(before[i]!.metadata.frontmatter),
  ).length;
  const cpu: Record<string, number[]> = Object.fromEntries(pipelines.map((p) => [p.name, []]));
  for (let i = 0; i < repeat; i += 1) {
    // Alternate which pipeline goes first, so neither always meets a warmer or colder machine.
    for (const p of i % 2 === 0 ? pipelines : [...pipelines].reverse()) {
      const start = process.cpuUsage();
      await renderAll(p.renderer);
      const used = process.cpuUsage(start);
      cpu[p.name]!.push((used.user + used.system) / 1e6);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `${reports.length} reports (--limit ${values.limit ?? 'none'}) from ${values.content}, ${repeat} run(s) each, CPU seconds (user + system):\n`,
  );
  console.log('| pipeline | CPU s per run | median | reports per CPU s |\n| --- | --- | --- | --- |');
  for (const p of pipelines) {
    const m = median(cpu[p.name]!);
    console.log(
      `| ${p.name} | ${cpu[p.name]!.map((x) => x.toFixed(1)).join(', ')} | ${m.toFixed(1)} | ${Math.round(reports.length / m)} |`,
    );
  }
  const [s, r] = pipelines.map((p) => median(cpu[p.name]!));
  console.log(`\nremark ÷ Sätteri: ${(r! / s!).toFixed(2)}x`);
  console.log(
    `Same HTML for ${sameHtml} of ${reports.length} reports (Sätteri's trailing newline aside); same page data (citations, words, entity mentions, figure links) for ${sameData}.`,
  );
  if (sameHtml !== reports.length || sameData !== reports.length) process.exitCode = 1;
} finally {
  await vite.close();
}
