// The static server for the built deck (dist/), used by `npm run preview`, the browser tests and the
// benchmark. sirv (what `vite preview` builds on) finds and sends the files; `compression` gzips or
// brotlis text on the fly, since the build writes no .gz/.br files for sirv to pick. What is ours: the
// base path, 400 for addresses that cannot name a file, a folder's address without its slash redirected
// to it (as static hosts do), and which paths fall back to index.html.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Buffer } from 'node:buffer'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import sirv from 'sirv'

/** The media type of a .pptx (IANA), which sirv does not know. */
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

export interface StaticServer {
  url: string
  port: number
  close: () => Promise<void>
}

/** Hashed build output: its name changes with its content, so browsers may keep it for a year. */
const IMMUTABLE = /^\/assets\//
const QUERY = /[?#]/
const SEPARATOR = /[/\\]/

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(text)
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store', ...headers })
  res.end(body)
}

export interface ServeOptions {
  port?: number
  base?: string
  /** Gzip or brotli text (default true). The printers turn it off: Chromium on the same machine gains nothing from it. */
  compress?: boolean
}

/** `lecture`, `/lecture/` → `/lecture/`; none → `/`. */
export function basePath(base = '/'): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')
}

/** The request handler of `serveStatic`, for a server that adds its own routes (node/hall/server.ts). */
export async function staticHandler(root: string, options: Omit<ServeOptions, 'port'> = {}): Promise<(req: IncomingMessage, res: ServerResponse) => void> {
  const dir = resolve(root)
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` first.`)
  const base = basePath(options.base)

  // `dev: true` looks files up on each request instead of listing them once at start, so a build made
  // while the preview runs is served as it is.
  const files = sirv(dir, {
    dev: true,
    etag: true,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache')
      // sirv's type table (mrmime) has no entry for the PowerPoint file in downloads/.
      if (pathname.endsWith('.pptx'))
        res.setHeader('Content-Type', PPTX_TYPE)
    },
  })
  let compress: Middleware = (_req, _res, next) => next()
  if (options.compress !== false) {
    const { default: compression } = await import('compression')
    // A compressed byte range would not match the file's offsets: ranges go out as they are.
    compress = compression({ filter: (req, res) => !req.headers.range && compression.filter(req, res) }) as unknown as Middleware
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/'
    const raw = url.split(QUERY, 1)[0]!
    const query = url.slice(raw.length)
    let path: string
    try {
      path = decodeURIComponent(raw)
    }
    catch {
      reply(res, 400, 'Bad request: the address is not valid percent-encoding.')
      return
    }
    const segments = path.split(SEPARATOR)
    if (segments.includes('..') || path.includes('\0')) {
      reply(res, 400, 'Bad request: the address leaves the site.')
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' })
      return
    }
    // The deck loads its files relative to its page, so /lecture must become /lecture/.
    if (base !== '/' && raw === base.slice(0, -1)) {
      reply(res, 301, `Moved to ${base}`, { location: `${base}${query}` })
      return
    }
    // Hidden files (sirv's per-request lookup does not skip them) and paths outside the base.
    if (!raw.startsWith(base) || segments.some(s => s.startsWith('.'))) {
      reply(res, 404, 'Not found.')
      return
    }
    // A folder of the site (reader/, handout/) without its slash: its page loads its files relative to
    // itself, so it must be addressed as a folder, as static hosts redirect it.
    const inSite = path.slice(base.length)
    if (inSite !== '' && !raw.endsWith('/') && existsSync(join(dir, inSite, 'index.html'))) {
      reply(res, 301, `Moved to ${raw}/`, { location: `${raw}/${query}` })
      return
    }
    req.url = `/${raw.slice(base.length)}${query}`
    const notFound = (): void => reply(res, 404, 'Not found.')
    files(req, res, () => {
      // The deck routes by #hash: only the base and paths without an extension get the deck's page.
      if (extname(path) !== '')
        return notFound()
      req.url = '/index.html'
      files(req, res, notFound)
    })
  }

  return (req, res) => compress(req, res, () => handle(req, res))
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const serve = await staticHandler(root, options)
  const base = basePath(options.base)
  const server = createServer((req, res) => {
    try {
      serve(req, res)
    }
    catch (error) {
      // One broken request must not stop the server.
      console.error(`${req.method} ${req.url}: ${(error as Error).message}`)
      if (!res.headersSent)
        reply(res, 500, 'Internal server error.')
      else
        res.destroy()
    }
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail)
      done()
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close: () => new Promise<void>((done) => {
      server.close(() => done())
      // Keep-alive connections would hold close() open.
      server.closeAllConnections()
    }),
  }
}
