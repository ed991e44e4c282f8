// What the hall server (node/hall/) and the deck's pages (app/hall/) say to each other. Pages listen
// on one Server-Sent Events stream (`EVENTS_PATH`) and send by POST: phones to `SEND_PATH`, the
// presenter to `PRESENTER_PATH` with the token that `LOGIN_PATH` gives for the password. Only types
// here: the server checks every message itself (node/hall/validate.ts).

/** The paths, under the deck's base. */
export const HALL_PATHS = {
  events: 'hall/events',
  send: 'hall/send',
  login: 'hall/login',
  presenter: 'hall/presenter',
  export: 'hall/export',
  join: 'hall/join.svg',
} as const

/** The `<meta name>` the hall server adds to the deck's page: its content is the join address. */
export const HALL_META = 'lecture-hall'

/** Longest question a phone may send, in characters. */
export const ASK_MAX = 280
/** Seconds a phone waits between two questions. */
export const ASK_INTERVAL_S = 30

// Phone → server (POST SEND_PATH). `phone` is a random id the phone keeps; the server keys its state
// by a hash of it and exports none of it.
export type PhoneMessage
  = | { type: 'hello', phone: string }
    | { type: 'lost', phone: string, page: number, on: boolean }
    | { type: 'ask', phone: string, text: string }
    | { type: 'answer', phone: string, question: string, choice: number }

/** What the server tells one phone about itself (the reply to every PhoneMessage). */
export interface PhoneSelf {
  /** Slides this phone marked as not understood. */
  lost: number[]
  /** This phone's answer to each question it answered, by question id. */
  answers: Record<string, number>
  /** Seconds until it may ask again (0: now). */
  askWait: number
  /** Why the message was not taken, in words for the student; absent when it was. */
  refused?: string
}

// Presenter → server (POST PRESENTER_PATH, `authorization: Bearer <token>`).
export type PresenterMessage
  = | { type: 'nav', page: number, click: number }
    | { type: 'open', question: string }
    | { type: 'close' }
    | { type: 'reveal' }
    | { type: 'mark', id: number, answered: boolean }
    | { type: 'hide', id: number }
    | { type: 'show', id: number | null }
    | { type: 'join', on: boolean }

/** The question of the moment, as everyone sees it. `counts` only once revealed. */
export interface PollState {
  question: string
  /** Open: phones may answer. Closed and not revealed: answers stopped, result not yet shown. */
  open: boolean
  revealed: boolean
  counts?: number[]
}

/** What every page receives (event `state`). */
export interface PublicState {
  page: number
  click: number
  poll: PollState | null
  /** An audience question the lecturer chose to show on the projector. */
  shown: string | null
  /** Whether the presenter asked for the join code on the projector. */
  join: boolean
}

export interface AudienceQuestion {
  id: number
  text: string
  /** Minutes since the hall opened, for "2 min ago"; no clock time of any phone is kept. */
  minute: number
  answered: boolean
}

/** What the presenter receives besides the public state (event `hall`). */
export interface HallState {
  /** Lost marks by slide number: how many phones mark it now. */
  lost: Record<number, number>
  /** Received questions, newest first, hidden ones left out. */
  questions: AudienceQuestion[]
  /** Live counts of the open (or last) poll, whatever its stage. */
  counts: number[] | null
  phones: number
}

/** The SSE event names. */
export type HallEvent = 'state' | 'hall'
