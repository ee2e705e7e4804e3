import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strongPassword } from './password';

const here = dirname(fileURLToPath(import.meta.url));

/** A port the OS says is free right now; the server binds it a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      if (address === null || typeof address === 'string') {
        srv.close();
        reject(new Error('no port'));
        return;
      }
      srv.close(() => resolvePort(address.port));
    });
  });
}

async function waitForHealthy(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`kakanai exited (${server.exitCode ?? server.signalCode}) before it was healthy:\n${log()}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`kakanai did not answer GET /healthz with 200 within 60 s:\n${log()}`);
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (server.exitCode !== null || server.signalCode !== null) {
      resolveStop();
      return;
    }
    const kill = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    server.kill('SIGTERM');
  });
}

/**
 * Builds and starts the fake LINE API (internal/line/linefake/cmd/linefake), which prints its URL first. The
 * server's real LINE client talks to it, so the push into a resident's chat (N-j) is tested end to end.
 */
async function startLineFake(dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  const root = resolve(here, '../..');
  const bin = join(dataDir, 'linefake');
  execFileSync('go', ['build', '-o', bin, './internal/line/linefake/cmd/linefake'], { cwd: root, stdio: 'inherit' });
  const fake = spawn(bin, [], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolveURL, reject) => {
    let out = '';
    fake.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolveURL((out.split('\n')[0] ?? '').trim());
    });
    fake.once('exit', (code) => reject(new Error(`linefake exited (${code}) before printing its URL`)));
  });
  return { url, process: fake };
}

/**
 * Starts `kakanai serve` on a free port with a fresh data directory, so the first start creates the
 * tenant 小郡市 (402168) and the `admin` account with a password only this run knows. Tests read
 * KAKANAI_E2E_URL and KAKANAI_E2E_ADMIN_PASSWORD. With KAKANAI_E2E_URL already set, a running
 * server is used instead (then KAKANAI_E2E_ADMIN_PASSWORD must be set too).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.KAKANAI_E2E_URL) {
    if (!process.env.KAKANAI_E2E_ADMIN_PASSWORD) {
      throw new Error('KAKANAI_E2E_URL is set: set KAKANAI_E2E_ADMIN_PASSWORD to the admin password as well');
    }
    return async () => {};
  }

  const bin = resolve(here, process.env.KAKANAI_BIN || '../../bin/kakanai');
  if (!existsSync(bin)) {
    throw new Error(`server binary not found at ${bin}: build it (make build) or set KAKANAI_BIN`);
  }

  const port = await freePort();
  const addr = `127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'kakanai-e2e-'));
  const password = strongPassword();

  const line = await startLineFake(dataDir);
  const output: string[] = [];
  const server = spawn(bin, ['serve', '--addr', addr, '--data', dataDir], {
    env: {
      ...process.env,
      KAKANAI_BOOTSTRAP_ADMIN_PASSWORD: password,
      KAKANAI_ENV: 'development',
      KAKANAI_LINE_API_URL: line.url,
      KAKANAI_LINE_DATA_API_URL: line.url,
      // LINE fetches the QR picture over https; the fake does not fetch it, so any https origin will do.
      KAKANAI_PUBLIC_URL: 'https://navi.example.lg.jp',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const log = () => output.join('').slice(-4000);

  const teardown = async () => {
    await stop(server);
    await stop(line.process);
    rmSync(dataDir, { recursive: true, force: true });
    if (process.env.KAKANAI_E2E_SERVER_LOG) console.log(log());
  };

  try {
    await waitForHealthy(`http://${addr}`, server, log);
  } catch (err) {
    await teardown();
    throw err;
  }

  process.env.KAKANAI_E2E_URL = `http://${addr}`;
  process.env.KAKANAI_E2E_ADMIN_PASSWORD = password;
  process.env.KAKANAI_E2E_LINE_URL = line.url;
  return teardown;
}
