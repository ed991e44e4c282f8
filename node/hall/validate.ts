// Checks every message from a page before the hall looks at it: the shape, the types and the bounds of
// each field, and nothing more. Hand-written: two unions of four and eight small message kinds, where a
// schema library (zod, valibot) would add a dependency and a second way to write the same types as
// app/hall/protocol.ts. Anything else (an unknown type, an extra field, a wrong bound) is null.
import type { PhoneMessage, PresenterMessage } from '../../app/hall/protocol'
import { ASK_MAX } from '../../app/hall/protocol'

/** A phone's random id: what app/hall/phone-id.ts makes, URL-safe base64 of 16 to 32 bytes. */
const PHONE_ID = /^[\w-]{22,44}$/
const QUESTION_ID = /^[a-z0-9-]{1,40}$/

type Fields = Record<string, unknown>

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Exactly these keys, no others. */
function hasKeys(value: Fields, keys: string[]): boolean {
  const own = Object.keys(value)
  return own.length === keys.length && keys.every(key => Object.hasOwn(value, key))
}

function isInt(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
}

/** A slide number, a click, an index: bounded so that no map grows without end. */
const MAX_PAGE = 999
const MAX_CLICK = 999
const MAX_CHOICE = 4

export function parsePhoneMessage(value: unknown): PhoneMessage | null {
  if (!isRecord(value) || typeof value.phone !== 'string' || !PHONE_ID.test(value.phone))
    return null
  switch (value.type) {
    case 'hello':
      return hasKeys(value, ['type', 'phone']) ? { type: 'hello', phone: value.phone } : null
    case 'lost':
      return hasKeys(value, ['type', 'phone', 'page', 'on']) && isInt(value.page, 1, MAX_PAGE) && typeof value.on === 'boolean'
        ? { type: 'lost', phone: value.phone, page: value.page, on: value.on }
        : null
    case 'ask': {
      if (!hasKeys(value, ['type', 'phone', 'text']) || typeof value.text !== 'string')
        return null
      const text = value.text.trim()
      // Characters as a reader counts them (code points), not UTF-16 units.
      return text.length > 0 && [...text].length <= ASK_MAX ? { type: 'ask', phone: value.phone, text } : null
    }
    case 'answer':
      return hasKeys(value, ['type', 'phone', 'question', 'choice']) && typeof value.question === 'string' && QUESTION_ID.test(value.question) && isInt(value.choice, 0, MAX_CHOICE)
        ? { type: 'answer', phone: value.phone, question: value.question, choice: value.choice }
        : null
    default:
      return null
  }
}

export function parsePresenterMessage(value: unknown): PresenterMessage | null {
  if (!isRecord(value))
    return null
  switch (value.type) {
    case 'nav':
      return hasKeys(value, ['type', 'page', 'click']) && isInt(value.page, 1, MAX_PAGE) && isInt(value.click, 0, MAX_CLICK)
        ? { type: 'nav', page: value.page, click: value.click }
        : null
    case 'open':
      return hasKeys(value, ['type', 'question']) && typeof value.question === 'string' && QUESTION_ID.test(value.question)
        ? { type: 'open', question: value.question }
        : null
    case 'close':
    case 'reveal':
      return hasKeys(value, ['type']) ? { type: value.type } : null
    case 'mark':
      return hasKeys(value, ['type', 'id', 'answered']) && isInt(value.id, 0, Number.MAX_SAFE_INTEGER) && typeof value.answered === 'boolean'
        ? { type: 'mark', id: value.id, answered: value.answered }
        : null
    case 'hide':
      return hasKeys(value, ['type', 'id']) && isInt(value.id, 0, Number.MAX_SAFE_INTEGER) ? { type: 'hide', id: value.id } : null
    case 'show':
      return hasKeys(value, ['type', 'id']) && (value.id === null || isInt(value.id, 0, Number.MAX_SAFE_INTEGER))
        ? { type: 'show', id: value.id as number | null }
        : null
    case 'join':
      return hasKeys(value, ['type', 'on']) && typeof value.on === 'boolean' ? { type: 'join', on: value.on } : null
    default:
      return null
  }
}
