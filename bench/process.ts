import type { Buffer } from 'node:buffer'
// Child processes for the benchmark: timed commands and the Slidev dev server. Each child gets its own
// process group, so that a timeout or the end of a measurement stops it together with its children.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'

export interface TimedRun {
  ms: number
  code: number | null
  /** The last lines of stderr and stdout, for error messages. */
  tail: string
}

const running = new Set<ChildProcess>()

/** Stops every child still running (for Ctrl+C and termination of the benchmark). */
export function stopAll(): void {
  for (const child of running)
    stopGroup(child)
}

function track(child: ChildProcess): void {
  running.add(child)
  child.on('close', () => running.delete(child))
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null)
    return
  try {
    process.kill(-child.pid, 'SIGTERM')
  }
  catch {}
}

/** Runs a command to its end (or `timeoutMs`) and measures its wall time. */
export function runTimed(command: string, args: string[], options: { cwd: string, timeoutMs: number, env?: NodeJS.ProcessEnv }): Promise<TimedRun> {
  return new Promise((done) => {
    const start = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    track(child)
    let output = ''
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      output += `\n(stopped after ${options.timeoutMs} ms)`
      stopGroup(child)
    }, options.timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ ms: performance.now() - start, code, tail: output.split('\n').slice(-15).join('\n') })
    })
    child.on('error', (error) => {
      clearTimeout(timer)
      done({ ms: performance.now() - start, code: -1, tail: error.message })
    })
  })
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  await new Promise<void>(done => server.close(() => done()))
  if (address === null || typeof address === 'string')
    throw new Error('no free port')
  return address.port
}

export interface DevServer {
  url: string
  /** performance.now() when the process was started. */
  startedAt: number
  output: () => string
  stop: () => Promise<void>
}

/** Starts `slidev` (dev) in `cwd` on a free port and resolves once it answers HTTP. */
export async function startDevServer(cwd: string, slidevBin: string, timeoutMs: number): Promise<DevServer> {
  const port = await freePort()
  const startedAt = performance.now()
  const child = spawn(process.execPath, [slidevBin, '--port', String(port), '--open', 'false'], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  })
  track(child)
  let output = ''
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>(done => child.on('close', () => done()))
  const stop = async (): Promise<void> => {
    stopGroup(child)
    await Promise.race([exited, new Promise(done => setTimeout(done, 5000))])
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      }
      catch {}
    }
  }
  const url = `http://localhost:${port}/`
  const deadline = startedAt + timeoutMs
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`slidev dev exited with ${child.exitCode}:\n${output}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.ok)
        return { url, startedAt, output: () => output, stop }
    }
    catch {}
    await new Promise(done => setTimeout(done, 100))
  }
  await stop()
  throw new Error(`slidev dev did not answer within ${timeoutMs} ms:\n${output}`)
}

/** Total size in bytes of the files under `dir`. */
export function dirSize(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? dirSize(path) : entry.isFile() ? statSync(path).size : 0
  }
  return total
}
