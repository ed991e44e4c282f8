// The hall server: the built deck (dist/) for the projector, the presenter and the audience's phones,
// and the hall's channel beside it under `hall/`:
// - GET  hall/events            Server-Sent Events: `state` (slide, click, poll, shown question) to
//                               every page; with ?token= of a logged-in presenter also `hall` (lost
//                               counts, received questions, live counts);
// - POST hall/send              a phone's message (JSON, at most MAX_BODY bytes); the reply is the
//                               phone's own state;
// - POST hall/login             { password } → { token }; the only authority in the room;
// - POST hall/presenter         a presenter's message, `authorization: Bearer <token>`;
// - GET  hall/export.json|.csv  what the hall asked and answered (presenter's token);
// - GET  hall/join.svg          the QR code of the join address, drawn here.
// The deck's page is sent with `<meta name="lecture-hall">` (app/hall/protocol.ts): only then does the
// deck's hall client (app/hall/) start; on any other host it stays off.
// A bad request is answered 4xx and dropped; nothing a page sends can stop the server.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { HallEvent } from '../../app/hall/protocol'
import type { Question } from '../../data/questions'
import type { Change } from './state'
import { Buffer } from 'node:buffer'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { HALL_META, HALL_PATHS } from '../../app/hall/protocol'
import { questions as allQuestions } from '../../data/questions'
import { qrSvg } from '../deck/site-address'
import { basePath, staticHandler } from '../serve'
import { Hall, recordCsv } from './state'
import { parsePhoneMessage, parsePresenterMessage } from './validate'

/** Largest message body accepted, in bytes: a 280-character question in UTF-8 with its envelope fits. */
export const MAX_BODY = 2048
/** Most event streams open at once (a bound on sockets, far above a hall's size). */
const MAX_STREAMS = 5000
/** How often at most the presenter's panel is sent the hall's state while answers come in. */
const HALL_THROTTLE_MS = 150
/** A comment line on every stream this often, so that Wi-Fi access points keep idle connections. */
const KEEPALIVE_MS = 20_000
/** Most wrong passwords in a row before logins pause for a while. */
const MAX_FAILED_LOGINS = 5
const LOGIN_PAUSE_MS = 10_000

export interface HallServerOptions {
  /** The built deck. */
  root: string
  password: string
  /** Titles of the deck's slides, slide 1 first. */
  slides: string[]
  /** The address phones join at, written on the projector and drawn as its QR code. */
  joinUrl: string
  port?: number
  /** Where to listen: every interface in the hall, 127.0.0.1 in tests. */
  host?: string
  base?: string
  questions?: Question[]
  now?: () => number
}

export interface HallServer {
  url: string
  port: number
  hall: Hall
  /** Open event streams: audience pages, presenters. */
  streams: () => { audience: number, presenter: number }
  close: () => Promise<void>
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(body)
  res.writeHead(status, { 'content-type': type, 'content-length': bytes.length, 'cache-control': 'no-store', ...headers })
  res.end(bytes)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')
}

/** The request's body as parsed JSON, or an HTTP status explaining why not. */
async function readJson(req: IncomingMessage): Promise<{ value: unknown } | { status: number }> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return { status: 415 }
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY)
    return { status: 413 }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY)
      return { status: 413 }
    chunks.push(chunk)
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown }
  }
  catch {
    return { status: 400 }
  }
}

const ACCEPTS_GZIP = /\bgzip\b/

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, c => `&#${c.charCodeAt(0)};`)
}

export async function startHallServer(options: HallServerOptions): Promise<HallServer> {
  const root = resolve(options.root)
  const base = basePath(options.base)
  const files = await staticHandler(root, { base })
  const hall = new Hall({ slides: options.slides, questions: options.questions ?? allQuestions, now: options.now })
  const password = digest(options.password)
  const tokens = new Set<string>()
  const audience = new Set<ServerResponse>()
  const presenters = new Set<ServerResponse>()
  const qr = await qrSvg(options.joinUrl, `QR code: join at ${options.joinUrl}`)
  let failedLogins = 0
  let loginPausedUntil = 0

  const frame = (event: HallEvent, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`

  function write(res: ServerResponse, text: string): void {
    // A phone that went away: its stream is dropped; the others go on.
    if (!res.writableEnded && !res.destroyed)
      res.write(text)
  }

  function broadcastPublic(): void {
    const text = frame('state', hall.publicState())
    for (const res of audience) write(res, text)
    for (const res of presenters) write(res, text)
  }

  let hallTimer: ReturnType<typeof setTimeout> | undefined
  function sendHall(): void {
    hallTimer = undefined
    const text = frame('hall', hall.hallState())
    for (const res of presenters) write(res, text)
  }

  function apply(change: Change): void {
    if (change.public)
      broadcastPublic()
    if (change.hall && presenters.size > 0 && !hallTimer)
      hallTimer = setTimeout(sendHall, HALL_THROTTLE_MS)
  }

  const keepalive = setInterval(() => {
    for (const res of [...audience, ...presenters]) write(res, ': keep-alive\n\n')
  }, KEEPALIVE_MS)

  function presenterToken(req: IncomingMessage, url: URL): string | null {
    const header = req.headers.authorization ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7) : url.searchParams.get('token') ?? ''
    return tokens.has(token) ? token : null
  }

  function openStream(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const asPresenter = url.searchParams.has('token')
    if (asPresenter && !presenterToken(req, url))
      return send(res, 401, 'Log in with the lecturer’s password first.')
    if (audience.size + presenters.size >= MAX_STREAMS)
      return send(res, 503, 'The hall is full.')
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'connection': 'keep-alive', 'x-accel-buffering': 'no' })
    const set = asPresenter ? presenters : audience
    set.add(res)
    res.write(`retry: 1000\n\n${frame('state', hall.publicState())}`)
    if (asPresenter)
      res.write(frame('hall', hall.hallState()))
    req.socket.setNoDelay(true)
    res.on('close', () => set.delete(res))
  }

  async function sendDeckPage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const html = await readFile(join(root, 'index.html'), 'utf8')
    const page = html.replace('<head>', `<head>\n<meta name="${HALL_META}" content="${escapeAttribute(options.joinUrl)}">`)
    const gzip = ACCEPTS_GZIP.test(String(req.headers['accept-encoding'] ?? ''))
    const body = gzip ? gzipSync(page) : Buffer.from(page)
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip', 'vary': 'accept-encoding' } : {}) })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  async function handleHall(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    const method = req.method ?? 'GET'
    if (path === HALL_PATHS.events && method === 'GET')
      return openStream(req, res, url)
    if (path === HALL_PATHS.join && method === 'GET')
      return send(res, 200, qr, 'image/svg+xml')
    if (path === HALL_PATHS.send && method === 'POST') {
      const body = await readJson(req)
      if ('status' in body)
        return send(res, body.status, 'Dropped.')
      const message = parsePhoneMessage(body.value)
      if (!message)
        return send(res, 400, 'Dropped: not a message this page may send.')
      const { self, change } = hall.fromPhone(message)
      apply(change)
      return sendJson(res, 200, self)
    }
    if (path === HALL_PATHS.login && method === 'POST') {
      if (Date.now() < loginPausedUntil)
        return send(res, 429, 'Too many wrong passwords: wait a few seconds.')
      const body = await readJson(req)
      const given = 'value' in body && typeof body.value === 'object' && body.value !== null ? (body.value as { password?: unknown }).password : undefined
      if (typeof given !== 'string' || !timingSafeEqual(digest(given), password)) {
        if (++failedLogins >= MAX_FAILED_LOGINS) {
          failedLogins = 0
          loginPausedUntil = Date.now() + LOGIN_PAUSE_MS
        }
        return send(res, 401, 'Wrong password.')
      }
      failedLogins = 0
      const token = randomBytes(24).toString('base64url')
      tokens.add(token)
      return sendJson(res, 200, { token })
    }
    if (path === HALL_PATHS.presenter && method === 'POST') {
      if (!presenterToken(req, url))
        return send(res, 401, 'Only the presenter may do this.')
      const body = await readJson(req)
      if ('status' in body)
        return send(res, body.status, 'Dropped.')
      const message = parsePresenterMessage(body.value)
      if (!message)
        return send(res, 400, 'Dropped: not a presenter message.')
      apply(hall.fromPresenter(message))
      return send(res, 204, '')
    }
    if ((path === `${HALL_PATHS.export}.json` || path === `${HALL_PATHS.export}.csv`) && method === 'GET') {
      if (!presenterToken(req, url))
        return send(res, 401, 'Only the presenter may do this.')
      const record = hall.record()
      return path.endsWith('.csv')
        ? send(res, 200, recordCsv(record), 'text/csv; charset=utf-8')
        : send(res, 200, `${JSON.stringify(record, null, 2)}\n`, 'application/json; charset=utf-8')
    }
    return send(res, 404, 'Not found.')
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hall.invalid')
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : null
    const route = path !== null && path.startsWith('hall/')
      ? handleHall(req, res, path, url)
      : path === '' || path === 'index.html'
        ? (req.method === 'GET' || req.method === 'HEAD' ? sendDeckPage(req, res) : Promise.resolve(send(res, 405, 'Method not allowed.')))
        : Promise.resolve(files(req, res))
    route.catch((error: Error) => {
      // One broken request must not stop the server.
      console.error(`${req.method} ${url.pathname}: ${error.message}`)
      if (!res.headersSent)
        send(res, 500, 'Internal server error.')
      else
        res.destroy()
    })
  })
  // A phone's half-open connection must not hold the laptop's sockets forever.
  server.headersTimeout = 10_000
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', fail)
      done()
    })
  })
  const { port } = server.address() as AddressInfo
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'
  return {
    url: `http://${host}:${port}${base}`,
    port,
    hall,
    streams: () => ({ audience: audience.size, presenter: presenters.size }),
    close: () => new Promise<void>((done) => {
      clearInterval(keepalive)
      clearTimeout(hallTimer)
      for (const res of [...audience, ...presenters]) res.end()
      server.close(() => done())
      server.closeAllConnections()
    }),
  }
}
