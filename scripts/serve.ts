// A small static server for the built deck (dist/), used by `npm run preview`, the browser tests and
// the benchmark. Serves under an optional base path and falls back to index.html for unknown paths.
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}

const LEADING_PARENTS = /^(?:\.\.[/\\])+/

export interface StaticServer {
  url: string
  port: number
  close: () => Promise<void>
}

export async function serveStatic(root: string, options: { port?: number, base?: string } = {}): Promise<StaticServer> {
  const dir = resolve(root)
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` first.`)
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    if (!path.startsWith(base)) {
      res.writeHead(404).end('Not found')
      return
    }
    const relative = normalize(path.slice(base.length)).replace(LEADING_PARENTS, '')
    let file = join(dir, relative)
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>(done => server.listen(options.port ?? 0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close: () => new Promise<void>(done => server.close(() => done())),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173)
  const server = await serveStatic('dist', { port, base: process.env.BASE ?? '/' })
  console.log(`The built deck is at ${server.url} (Ctrl+C stops it).`)
}
