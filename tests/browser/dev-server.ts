// `npm run dev` for a test: Slidev's own command line (as the lecturer starts it), on a free port of
// 127.0.0.1, its output kept for the test to read, stopped with its whole process group.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import process from 'node:process'
import { PROJECT_ROOT } from '../../node/deck/deck'

export interface DevServer {
  /** `http://127.0.0.1:<port>`, or `http://localhost:<port>` without --remote (both the loopback) */
  base: string
  /** What the server printed so far, stdout and stderr together. */
  output: () => string
  stop: () => Promise<void>
}

/** A port nobody listens on, chosen by the system. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(done => probe.listen(0, '127.0.0.1', done))
  const { port } = probe.address() as { port: number }
  await new Promise(done => probe.close(done))
  return port
}

async function stop(server: ChildProcess): Promise<void> {
  if (!server.pid || server.exitCode !== null)
    return
  const exited = new Promise(done => server.once('exit', done))
  process.kill(-server.pid, 'SIGTERM')
  await Promise.race([exited, new Promise(done => setTimeout(done, 5000))])
  if (server.exitCode === null && server.signalCode === null)
    process.kill(-server.pid, 'SIGKILL')
}

/** Starts `slidev <args>` for the deck in `root` and waits, with bounded requests, until it answers. */
export async function startDevServer(options: { root?: string, args?: string[], ms?: number, env?: Record<string, string> } = {}): Promise<DevServer> {
  const port = await freePort()
  // Without --remote Slidev listens on localhost alone (it ignores --bind then); with it, on 127.0.0.1.
  const remote = options.args?.includes('--remote') ?? false
  const base = `http://${remote ? '127.0.0.1' : 'localhost'}:${port}`
  let output = ''
  const server = spawn(process.execPath, [resolve(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), ...(options.args ?? []), '--bind', '127.0.0.1', '--port', String(port), '--open', 'false'], {
    cwd: options.root ?? PROJECT_ROOT,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', (chunk: Buffer) => output += chunk.toString())
  server.stderr!.on('data', (chunk: Buffer) => output += chunk.toString())
  const until = Date.now() + (options.ms ?? 120_000)
  while (Date.now() < until) {
    if (server.exitCode !== null)
      throw new Error(`slidev exited with ${server.exitCode}:\n${output.slice(-2000)}`)
    if (await fetch(`${base}/`, { signal: AbortSignal.timeout(2000) }).then(r => r.ok, () => false))
      return { base, output: () => output, stop: () => stop(server) }
    await new Promise(done => setTimeout(done, 500))
  }
  await stop(server)
  throw new Error(`slidev did not answer at ${base}/ within ${(options.ms ?? 120_000) / 1000} s:\n${output.slice(-2000)}`)
}
