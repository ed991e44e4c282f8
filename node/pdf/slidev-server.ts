// The deck served as `slidev export` serves it (its own Vite server in export mode, in a worker), for
// a deck that has no build (`npm run export -- --entry other.md`).
import { Worker } from 'node:worker_threads'

export interface SlidevServer {
  /** Base address, ending in `/`. */
  url: string
  close: () => Promise<void>
}

/** Serves the deck as `slidev export` does (its own Vite server in export mode), on a free port. */
export async function startSlidev(entry: string): Promise<SlidevServer> {
  const worker = new Worker(new URL('./slidev-worker.mjs', import.meta.url), { execArgv: [], workerData: { entry } })
  const next = (): Promise<{ url?: string, error?: string, closed?: boolean }> => new Promise((resolve, reject) => {
    const onExit = (code: number): void => reject(new Error(`The Slidev server stopped (exit code ${code}).`))
    worker.once('exit', onExit)
    worker.once('error', reject)
    worker.once('message', (message) => {
      worker.off('exit', onExit)
      worker.off('error', reject)
      resolve(message)
    })
  })
  const started = await next()
  if (!started.url) {
    await worker.terminate()
    throw new Error(`Slidev could not serve ${entry}:\n${started.error ?? 'no reason given'}`)
  }
  return {
    url: started.url,
    close: async () => {
      const closed = next().catch(() => ({}))
      worker.postMessage('close')
      await closed
      await worker.terminate()
    },
  }
}
