import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { startKommoSimulator, type KommoSimulator } from '../../../src/demo/kommo';
import { startWoofedSimulator, type WoofedSimulator } from '../../../src/demo/woofed';

const ROOT = resolve(__dirname, '../../..');

export interface SpawnedGateway {
  child: ChildProcess;
  sim: KommoSimulator;
  woofed: WoofedSimulator;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** The process's stdout so far (pino JSON lines). */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  close(): Promise<void>;
}

/**
 * `src/main.ts` as its own process (signals, exit code), in front of simulators in this process,
 * on ephemeral ports; `env` adds to its configuration.
 */
export async function spawnGateway(env: Record<string, string> = {}): Promise<SpawnedGateway> {
  const sim = await startKommoSimulator({ rateLimitRps: 1000 });
  const woofed = await startWoofedSimulator();
  const child = spawn(process.execPath, ['-r', './test/helpers/ts-register.js', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      KOMMO_BASE_URL: sim.url,
      KOMMO_TOKEN: sim.token,
      WOOFED_BASE_URL: woofed.url,
      WOOFED_TOKEN: woofed.token,
      ALLOW_ANONYMOUS: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  const url = await servingUrl(() => output, exited);
  return {
    child,
    sim,
    woofed,
    url,
    output: () => output,
    exited,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      await sim.close();
      await woofed.close();
    },
  };
}

async function servingUrl(output: () => string, exited: Promise<unknown>): Promise<string> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let waited = 0; waited < 20_000; waited += 50) {
    const port = /serving GraphQL at http:\/\/localhost:(\d+)\/graphql/.exec(output())?.[1];
    if (port !== undefined) return `http://127.0.0.1:${port}/graphql`;
    if (gone) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`the gateway did not start:\n${output()}`);
}
