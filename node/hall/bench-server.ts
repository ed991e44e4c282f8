// The hall server alone in its own process, for the bench (node/hall/bench.ts): so that its CPU time
// and memory are its own, not the simulated phones'. Started with IPC; answers `stats` with its CPU
// time and memory after a garbage collection (run with --expose-gc).
import process from 'node:process'
import { startHallServer } from './server'

const [root, slides] = process.argv.slice(2)

void startHallServer({ root: root!, password: 'bench', slides: Array.from({ length: Number(slides) }, (_, i) => `Slide ${i + 1}`), joinUrl: 'http://127.0.0.1/' }).then((server) => {
  process.send!({ type: 'ready', url: server.url })
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      (globalThis as { gc?: () => void }).gc?.()
      const { user, system } = process.cpuUsage()
      const memory = process.memoryUsage()
      process.send!({ type: 'stats', cpuMs: (user + system) / 1000, rss: memory.rss, heap: memory.heapUsed })
    }
    else if (message.type === 'stop') {
      void server.close().then(() => process.exit(0))
    }
  })
})
