import { chromium } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext()).newPage();
for (const u of process.argv.slice(2)) {
  await page.goto(u);
  const r = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']).analyze();
  for (const v of r.violations) console.log(u, v.id, v.help, v.nodes.slice(0,3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary.slice(0,200)));
}
await browser.close();
