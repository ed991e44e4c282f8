// Simulated phones and presenter for the hall's tests and bench: each phone holds one event stream
// (node:http, its own socket, as a phone has) and sends with fetch. Talks to the address it is given;
// the tests and the bench give 127.0.0.1.
import type { ClientRequest, IncomingMessage } from 'node:http'
import type { HallState, PhoneSelf, PublicState } from '../../app/hall/protocol'
import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import { HALL_PATHS } from '../../app/hall/protocol'

export interface Received<T> {
  data: T
  /** performance.now() when it arrived. */
  at: number
}

/** One event stream, parsed as it arrives. */
export class Stream {
  states: Array<Received<PublicState>> = []
  halls: Array<Received<HallState>> = []
  private req?: ClientRequest
  private res?: IncomingMessage
  private waiters: Array<() => void> = []

  constructor(private readonly url: string) {}

  open(): Promise<void> {
    return new Promise((done, fail) => {
      let buffer = ''
      const req = request(this.url, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
        this.res = res
        if (res.statusCode !== 200) {
          res.resume()
          fail(new Error(`event stream answered ${res.statusCode}`))
          return
        }
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          buffer += chunk
          let end = buffer.indexOf('\n\n')
          while (end >= 0) {
            this.parse(buffer.slice(0, end))
            buffer = buffer.slice(end + 2)
            end = buffer.indexOf('\n\n')
          }
        })
        res.on('error', () => {})
        done()
      })
      req.on('error', fail)
      req.end()
      this.req = req
    })
  }

  private parse(block: string): void {
    let event = 'message'
    let data = ''
    for (const line of block.split('\n')) {
      if (line.startsWith('event: '))
        event = line.slice(7)
      else if (line.startsWith('data: '))
        data += line.slice(6)
    }
    if (!data)
      return
    const at = performance.now()
    if (event === 'state')
      this.states.push({ data: JSON.parse(data) as PublicState, at })
    else if (event === 'hall')
      this.halls.push({ data: JSON.parse(data) as HallState, at })
    for (const wake of this.waiters.splice(0)) wake()
  }

  get state(): PublicState | undefined {
    return this.states.at(-1)?.data
  }

  /** Resolves when `test` holds of the received states, or fails after `ms`. */
  async until(test: (stream: Stream) => boolean, ms = 10_000): Promise<void> {
    const until = Date.now() + ms
    while (!test(this)) {
      const left = until - Date.now()
      if (left <= 0)
        throw new Error(`no such event within ${ms} ms; last state: ${JSON.stringify(this.state)}`)
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          wake()
        })
      })
    }
  }

  close(): void {
    this.res?.destroy()
    this.req?.destroy()
  }
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) })
}

export class SimPhone {
  readonly id = randomBytes(16).toString('base64url')
  stream: Stream

  constructor(private readonly base: string) {
    this.stream = new Stream(`${base}${HALL_PATHS.events}`)
  }

  join(): Promise<void> {
    return this.stream.open()
  }

  /** Drops the stream and opens a new one, as a phone does after losing the Wi-Fi. */
  async reconnect(): Promise<void> {
    this.stream.close()
    this.stream = new Stream(`${this.base}${HALL_PATHS.events}`)
    await this.stream.open()
  }

  async send(message: Record<string, unknown>): Promise<{ status: number, self?: PhoneSelf }> {
    const res = await post(`${this.base}${HALL_PATHS.send}`, { ...message, phone: this.id })
    return { status: res.status, self: res.ok ? await res.json() as PhoneSelf : (await res.text(), undefined) }
  }
}

export class SimPresenter {
  token = ''
  stream?: Stream

  constructor(private readonly base: string) {}

  async login(password: string): Promise<number> {
    const res = await post(`${this.base}${HALL_PATHS.login}`, { password })
    if (res.ok)
      this.token = (await res.json() as { token: string }).token
    else
      await res.text()
    return res.status
  }

  async listen(): Promise<Stream> {
    this.stream = new Stream(`${this.base}${HALL_PATHS.events}?token=${encodeURIComponent(this.token)}`)
    await this.stream.open()
    return this.stream
  }

  async send(message: Record<string, unknown>): Promise<number> {
    const res = await post(`${this.base}${HALL_PATHS.presenter}`, message, { authorization: `Bearer ${this.token}` })
    await res.text()
    return res.status
  }

  async download(kind: 'json' | 'csv'): Promise<string> {
    const res = await fetch(`${this.base}${HALL_PATHS.export}.${kind}`, { headers: { authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(10_000) })
    if (!res.ok)
      throw new Error(`export answered ${res.status}`)
    return res.text()
  }
}
