/**
 * The safe-content plugin: refuses raw HTML, links to schemes other than https, http and mailto,
 * and MDX code (any import but the content's own components, exports, `{…}` expressions, elements
 * that are not imported components), naming the file and line (the rules are in
 * src/lib/safe-content.ts). It runs first in the pipeline, so the build refuses such a report, and
 * in the content check (`readCitationNotes`), so `npm run check` does too, before MDX is compiled
 * into code that could run.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { esmProblem, htmlProblem, jsxProblem, urlProblem, type JsxElement } from '../lib/safe-content';

export const satteriSafeContent: MdastPluginEntry = ({ fileURL }) => {
  const path = fileURL ? fileURLToPath(fileURL) : 'the report';
  const problems: string[] = [];
  const imported = new Set<string>();
  const at = (node: { position?: { start: { line: number } } | undefined }, problem: string) =>
    problems.push(`${path}:${node.position?.start.line ?? 1}: ${problem}`);
  // Checked when the whole file is read: an import may come after the element that uses it.
  const elements: (JsxElement & { position?: { start: { line: number } } })[] = [];
  const element = (node: JsxElement & { position?: { start: { line: number } } }) => {
    elements.push(node);
  };
  const address = (node: { url: string; position?: { start: { line: number } } }) => {
    const problem = urlProblem(node.url);
    if (problem) at(node, problem);
  };
  return defineMdastPlugin({
    name: 'kursk-files:safe-content',
    options: { position: true },
    html(node) {
      at(node, htmlProblem(node.value));
    },
    link: address,
    image: address,
    definition: address,
    mdxjsEsm(node) {
      const { components, problem } = esmProblem(node.value);
      for (const name of components) imported.add(name);
      if (problem) at(node, problem);
    },
    mdxFlowExpression(node) {
      at(
        node,
        `'{${node.value.slice(0, 40)}}' is code, which a report may not hold; write a literal { as \\{`,
      );
    },
    mdxTextExpression(node) {
      at(
        node,
        `'{${node.value.slice(0, 40)}}' is code, which a report may not hold; write a literal { as \\{`,
      );
    },
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
    after() {
      for (const node of elements) {
        const problem = jsxProblem(node, imported);
        if (problem) at(node, problem);
      }
      if (problems.length > 0) throw new Error(`Content a report may not hold:\n  ${problems.join('\n  ')}`);
    },
  });
};
