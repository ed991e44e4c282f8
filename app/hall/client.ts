// The deck's side of the hall channel (node/hall/server.ts): on only when the page was served by the
// hall server (it adds `<meta name="lecture-hall">`), so the published site and `npm run preview`
// never try. One store for the page: what the server says (public state; the presenter's hall
// state), the phone's own marks and answers, and the calls that send.
import type { HallState, PhoneMessage, PhoneSelf, PresenterMessage, PublicState } from './protocol'
import { reactive } from 'vue'
import { HALL_META, HALL_PATHS } from './protocol'

export type HallRole = 'phone' | 'projector' | 'presenter'

const PHONE_KEY = 'lecture-hall-phone'
const TOKEN_KEY = 'lecture-hall-token'
const PHONE_ID = /^[\w-]{22,44}$/
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** The join address the hall server wrote into the page, or null when the page is not served by one. */
export function hallJoinUrl(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${HALL_META}"]`)?.content || null
}

/**
 * This phone's random id, kept on the phone so that a reload keeps its vote and its marks: 24
 * random characters of URL-safe base64 (144 bits). It names no one; the server keeps only a hash of it.
 */
export function phoneId(storage: Storage = localStorage): string {
  let id = storage.getItem(PHONE_KEY)
  if (!id || !PHONE_ID.test(id)) {
    id = [...crypto.getRandomValues(new Uint8Array(24))].map(b => URL_SAFE[b & 63]).join('')
    storage.setItem(PHONE_KEY, id)
  }
  return id
}

export interface HallStore {
  role: HallRole | null
  joinUrl: string
  connected: boolean
  state: PublicState | null
  hall: HallState | null
  self: PhoneSelf
  /** The presenter's login, kept for this tab only. */
  token: string
  /** The last thing to tell the user (refused, sent, wrong password). */
  notice: string
}

export const store: HallStore = reactive({
  role: null,
  joinUrl: '',
  connected: false,
  state: null,
  hall: null,
  self: { lost: [], answers: {}, askWait: 0 },
  token: '',
  notice: '',
})

let source: EventSource | null = null

async function post(path: string, body: unknown, token?: string): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
}

/** A phone's message before its id is added. */
export type PhoneRequest = PhoneMessage extends infer M ? M extends PhoneMessage ? Omit<M, 'phone'> : never : never

export async function sendPhone(message: PhoneRequest): Promise<void> {
  try {
    const res = await post(HALL_PATHS.send, { ...message, phone: phoneId() })
    if (!res.ok) {
      store.notice = 'Not sent: the message was refused.'
      return
    }
    const self = await res.json() as PhoneSelf
    store.self = self
    store.notice = self.refused ?? ''
  }
  catch {
    store.notice = 'Not sent: the lecturer’s laptop cannot be reached.'
  }
}

export async function sendPresenter(message: PresenterMessage): Promise<boolean> {
  if (!store.token)
    return false
  const res = await post(HALL_PATHS.presenter, message, store.token).catch(() => null)
  if (res?.status === 401) {
    store.token = ''
    sessionStorage.removeItem(TOKEN_KEY)
    connect('presenter')
  }
  return res?.ok ?? false
}

export async function login(password: string): Promise<boolean> {
  const res = await post(HALL_PATHS.login, { password }).catch(() => null)
  if (!res?.ok) {
    store.notice = res?.status === 429 ? 'Too many wrong passwords: wait a few seconds.' : 'Wrong password.'
    return false
  }
  store.token = (await res.json() as { token: string }).token
  sessionStorage.setItem(TOKEN_KEY, store.token)
  store.notice = ''
  connect('presenter')
  return true
}

/** Opens (or reopens) the event stream for `role`. EventSource reconnects by itself after a drop. */
export function connect(role: HallRole): void {
  store.role = role
  source?.close()
  if (role === 'presenter' && !store.token)
    store.token = sessionStorage.getItem(TOKEN_KEY) ?? ''
  const url = role === 'presenter' && store.token ? `${HALL_PATHS.events}?token=${encodeURIComponent(store.token)}` : HALL_PATHS.events
  source = new EventSource(url)
  source.addEventListener('open', () => {
    store.connected = true
    if (role === 'phone')
      void sendPhone({ type: 'hello' })
  })
  source.addEventListener('error', () => {
    store.connected = false
  })
  source.addEventListener('state', (event) => {
    store.state = JSON.parse((event as MessageEvent<string>).data) as PublicState
  })
  source.addEventListener('hall', (event) => {
    store.hall = JSON.parse((event as MessageEvent<string>).data) as HallState
  })
}

/** Downloads what the hall asked and answered (presenter only), as the browser saves any file. */
export async function saveRecord(kind: 'json' | 'csv', day: string): Promise<void> {
  const res = await fetch(`${HALL_PATHS.export}.${kind}`, { headers: { authorization: `Bearer ${store.token}` } }).catch(() => null)
  if (!res?.ok) {
    store.notice = 'Could not save: log in again.'
    return
  }
  const url = URL.createObjectURL(await res.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = `hall-${day}.${kind}`
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
