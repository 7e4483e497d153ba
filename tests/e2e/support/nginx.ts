/**
 * Serves the built site with Debian's nginx and the project's production config
 * (deploy/nginx/), templated with a free port and this checkout's dist/. Installs nginx with
 * apt-get when it is missing and the tests run as root; otherwise fails with what to do.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Renders the deploy config into a temporary folder and starts nginx in the foreground. */
export async function startNginx(port: number): Promise<NginxServer> {
  const nginx = ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'kursk-nginx-'));
  for (const name of ['kursk-files.conf', 'security-headers.conf', 'redirects.conf']) {
    const text = readFileSync(join(DEPLOY, name), 'utf8')
      .replaceAll('@PORT@', `127.0.0.1:${port}`)
      .replaceAll('@ROOT@', DIST)
      .replaceAll('@CONF@', dir);
    writeFileSync(join(dir, name), text);
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

  const child: ChildProcess = spawn(nginx, ['-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `nginx exited (${child.exitCode}) on start:\n${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`,
      );
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin} within 10 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
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
