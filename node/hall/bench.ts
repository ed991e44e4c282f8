// The hall under load, for `npm run bench`: a hall server in its own process on 127.0.0.1 and N
// simulated phones (node/hall/sim.ts) in this one. For each N: the time from the presenter's click
// (sending it) to each phone's receipt, over HALL_CLICKS clicks; the server's CPU time for those clicks;
// the growth of its memory with the phones connected and each having answered a question.
import type { ChildProcess } from 'node:child_process'
import { fork } from 'node:child_process'
import { resolve } from 'node:path'
import { SimPhone, SimPresenter } from './sim'

/** Clicks the presenter makes at each hall size. */
export const HALL_CLICKS = 20
const CLICK_GAP_MS = 100

export interface HallLoad {
  phones: number
  /** Click → receipt, every phone and click, ms. */
  latencies: number[]
  /** Server CPU time over the clicks, ms. */
  cpuMs: number
  /** Server memory (RSS after GC) with the phones joined and answered, minus before they came. */
  rssGrowth: number
  heapGrowth: number
}

interface Stats { cpuMs: number, rss: number, heap: number }

function ask(child: ChildProcess, type: string): Promise<Stats> {
  return new Promise((done) => {
    const listen = (message: Stats & { type: string }) => {
      if (message.type === type) {
        child.off('message', listen)
        done(message)
      }
    }
    child.on('message', listen)
    child.send({ type })
  })
}

export async function measureHall(root: string, slides: number, phoneCount: number): Promise<HallLoad> {
  const child = fork(resolve(import.meta.dirname, 'bench-server.ts'), [root, String(slides)], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  try {
    const url = await new Promise<string>((done, fail) => {
      child.once('message', (message: { url: string }) => done(message.url))
      child.once('exit', code => fail(new Error(`the hall server exited with ${code}`)))
    })
    const presenter = new SimPresenter(url)
    await presenter.login('bench')
    const before = await ask(child, 'stats')
    const phones = Array.from({ length: phoneCount }, () => new SimPhone(url))
    // Join in batches, as a hall does over a minute, not all in one instant.
    for (let i = 0; i < phones.length; i += 50)
      await Promise.all(phones.slice(i, i + 50).map(p => p.join()))
    await presenter.send({ type: 'open', question: 'strands' })
    for (let i = 0; i < phones.length; i += 50)
      await Promise.all(phones.slice(i, i + 50).map((p, j) => p.send({ type: 'answer', question: 'strands', choice: j % 3 })))
    await presenter.send({ type: 'close' })
    const joined = await ask(child, 'stats')

    const latencies: number[] = []
    const cpuBefore = (await ask(child, 'stats')).cpuMs
    for (let click = 1; click <= HALL_CLICKS; click++) {
      const sentAt = performance.now()
      await presenter.send({ type: 'nav', page: 2, click })
      await Promise.all(phones.map(p => p.stream.until(s => s.state?.click === click, 30_000)))
      for (const phone of phones)
        latencies.push(phone.stream.states.find(s => s.data.click === click)!.at - sentAt)
      await new Promise(done => setTimeout(done, CLICK_GAP_MS))
    }
    const cpuMs = (await ask(child, 'stats')).cpuMs - cpuBefore
    for (const phone of phones) phone.stream.close()
    return { phones: phoneCount, latencies, cpuMs, rssGrowth: joined.rss - before.rss, heapGrowth: joined.heap - before.heap }
  }
  finally {
    child.send({ type: 'stop' })
    await new Promise(done => setTimeout(done, 200))
    if (child.exitCode === null)
      child.kill()
  }
}

/** The value below which `p` of the sorted values lie (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN
}
