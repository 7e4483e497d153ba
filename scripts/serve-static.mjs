#!/usr/bin/env node
// A tiny static file server for a site built under a base path, as a plain host would serve it:
// `node scripts/serve-static.mjs <dir> <base> <port>`, e.g. `dist-subpath /kursk/ 4522`. Only
// URLs under the base are served; a directory serves its index.html; anything else is the 404 page.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', base = '/', port = '4322'] = process.argv.slice(2);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.bib': 'application/x-bibtex',
  '.ris': 'application/x-research-info-systems',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file;
  if (path.startsWith(base)) {
    file = normalize(join(dir, path.slice(base.length - 1)));
    if (!file.startsWith(normalize(dir))) file = undefined;
    else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  }
  const found = file && existsSync(file) && statSync(file).isFile();
  const served = found ? file : join(dir, '404.html');
  res.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') res.end();
  else createReadStream(served).pipe(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
