// Slidev's dev server in export mode (as `slidev export` runs it), in a worker thread started without
// tsx: under tsx's module hooks Slidev and Vite take twice as long to load. Plain JavaScript for that
// reason. Posts { url } once listening, or { error }; the message 'close' stops it.
import { parentPort, workerData } from 'node:worker_threads'
import { createServer, resolveOptions } from '@slidev/cli'

let server
try {
  const options = await resolveOptions({ entry: workerData.entry }, 'export')
  server = await createServer(options, {
    server: { port: 0, host: '127.0.0.1' },
    clearScreen: false,
    logLevel: 'error',
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string')
    throw new Error('The Slidev server did not report its port.')
  parentPort.postMessage({ url: `http://127.0.0.1:${address.port}/` })
}
catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) })
}

parentPort.on('message', async (message) => {
  if (message !== 'close')
    return
  await server?.close()
  parentPort.postMessage({ closed: true })
})
