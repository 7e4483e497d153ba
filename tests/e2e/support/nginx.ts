/**
 * Serves the built site with Debian's nginx and the project's production config
 * (deploy/nginx/), templated with a free port and this checkout's dist/ (or another folder, such
 * as a copy of dist/ with files a careless deploy might leave in it). Installs nginx with
 * apt-get when it is missing and the tests run as root; otherwise fails with what to do.
 * Ports, from E2E_PORT: +5 and +6 the worker fixtures below, +8 and +9 a test's own server.
 */
import { test as base } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { DIST } from './built-site';

const DEPLOY = join(process.cwd(), 'deploy', 'nginx');

function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'])
    if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

/** The nginx binary, installing Debian's package first when missing and running as root. */
export function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  const root = process.getuid?.() === 0;
  if (root) {
    const install = spawnSync(
      'sh',
      ['-c', 'apt-get install -y -qq nginx || (apt-get update -qq && apt-get install -y -qq nginx)'],
      {
        encoding: 'utf8',
        timeout: 300_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      },
    );
    const installed = findNginx();
    if (installed) return installed;
    throw new Error(
      `nginx is not installed and 'apt-get install -y nginx' failed (exit ${install.status}):\n${install.stderr}\nThe production-serving tests need nginx: install it and rerun.`,
    );
  }
  throw new Error(
    "nginx is not installed, and the tests are not running as root, so they cannot install it. Run 'sudo apt-get install -y nginx' (Debian/Ubuntu) and rerun; .ci/run does this for CI.",
  );
}

/** A running nginx serving dist/ on `port`; call `stop()` when done. */
export interface NginxServer {
  /** The site's address, e.g. http://127.0.0.1:4545. */
  origin: string;
  /** Stops nginx and removes its temporary folder. */
  stop: () => Promise<void>;
}

/** What to serve besides the defaults: another root folder, and rules added to redirects.conf. */
export interface NginxOptions {
  /** The folder served (default: dist/). */
  root?: string;
  /** nginx rules appended to deploy/nginx/redirects.conf, as the build writes them for former slugs. */
  redirects?: string;
}

/** Renders the deploy config into a temporary folder and starts nginx in the foreground. */
export async function startNginx(port: number, options: NginxOptions = {}): Promise<NginxServer> {
  const nginx = ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'kursk-nginx-'));
  for (const name of ['kursk-files.conf', 'security-headers.conf', 'redirects.conf']) {
    const text = readFileSync(join(DEPLOY, name), 'utf8')
      .replaceAll('@PORT@', `127.0.0.1:${port}`)
      .replaceAll('@ROOT@', options.root ?? DIST)
      .replaceAll('@CONF@', dir);
    writeFileSync(join(dir, name), name === 'redirects.conf' ? `${text}${options.redirects ?? ''}` : text);
  }
  mkdirSync(join(dir, 'temp'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((k) => `${k}_temp_path ${join(dir, 'temp', k)};`)
    .join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root, workers run as root too, so they can read a checkout in a private home folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      `http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp} include ${join(dir, 'kursk-files.conf')}; }`,
    ].join('\n'),
  );
  const test = spawnSync(nginx, ['-t', '-q', '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the rendered deploy config:\n${test.stderr}`);
  rmSync(join(dir, 'nginx.pid'), { force: true });

  const child: ChildProcess = spawn(nginx, ['-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  // nginx writes its pid into its pid file once its listening socket is open: wait for that, or
  // for nginx to exit. (The config test above leaves an empty pid file behind.)
  const pidFile = join(dir, 'nginx.pid');
  const started = () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() === String(child.pid);
  await new Promise<void>((resolve, reject) => {
    const watcher = watch(dir, () => {
      if (started()) finish();
    });
    const onExit = (code: number | null) =>
      finish(
        new Error(
          `nginx exited (${code}) on start:\n${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`,
        ),
      );
    const timer = setTimeout(() => finish(new Error(`nginx did not start within 10 s:\n${stderr}`)), 10_000);
    child.once('exit', onExit);
    function finish(error?: Error) {
      watcher.close();
      clearTimeout(timer);
      child.off('exit', onExit);
      if (!error) return resolve();
      child.kill();
      rmSync(dir, { recursive: true, force: true });
      reject(error);
    }
    if (started()) finish();
  });
  const home = await fetch(`${origin}/`).catch((error: Error) => error);
  if (home instanceof Error || !home.ok) {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `nginx does not serve ${origin}/: ${home instanceof Error ? home.cause : home.status}\n${stderr}`,
    );
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A response as it came over the wire: status, headers (lower-case names) and undecoded body. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * GET over plain node:http, so the test sees exactly what nginx sent: the path as written (not
 * normalised, so `..` and `%2e` reach nginx), no Accept-Encoding unless given, no decompression,
 * no redirect followed.
 */
export function httpGet(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = get({ hostname, port, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(
            Object.entries(response.headers).map(([k, v]) => [
              k,
              Array.isArray(v) ? v.join(', ') : (v ?? ''),
            ]),
          ),
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/**
 * Sends `text` as it is over a TCP connection (for requests no HTTP client would send: a
 * malformed request line, an over-long URI) and parses the status and headers of the answer.
 */
export function sendRaw(origin: string, text: string): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = all
        .subarray(0, end < 0 ? all.length : end)
        .toString('latin1')
        .split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status, headers, body: end < 0 ? Buffer.alloc(0) : all.subarray(end + 4) });
    });
  });
}

/**
 * Playwright's `test` with a worker-scoped `nginx`: the built site behind nginx, started once per
 * worker (on its own port, beside the preview server's) and stopped when the worker ends.
 */
export const test = base.extend<object, { nginx: NginxServer }>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use, workerInfo) => {
      const server = await startNginx(Number(process.env.E2E_PORT ?? 4399) + 5 + workerInfo.parallelIndex);
      await use(server);
      await server.stop();
    },
    // Installing nginx with apt-get, when it is missing, can take minutes.
    { scope: 'worker', timeout: 330_000 },
  ],
});
