// The hall's state, in memory on the lecturer's laptop: where the presenter is, the lost marks, the
// audience's questions, the polls and their answers. Messages arrive already checked
// (node/hall/validate.ts); here are the rules: who may do what, once per phone, and the bounds that
// keep memory finite. A phone is known only by a hash of the random id it keeps; no name, address or
// device id is kept, and the export (`record`) holds no phone key at all.
import type { AudienceQuestion, HallState, PhoneMessage, PhoneSelf, PresenterMessage, PublicState } from '../../app/hall/protocol'
import type { Question } from '../../data/questions'
import { createHash } from 'node:crypto'
import { ASK_INTERVAL_S } from '../../app/hall/protocol'

export interface HallOptions {
  /** Titles of the deck's slides, slide 1 first: bounds the lost marks and names the slides in the export. */
  slides: string[]
  questions: Question[]
  /** Milliseconds; a test's clock in place of Date.now. */
  now?: () => number
  /** Most phones the hall keeps state for (a bound on memory, far above a hall's size). */
  maxPhones?: number
  /** Most audience questions kept. */
  maxQuestions?: number
}

interface Phone {
  lost: Set<number>
  answers: Map<string, number>
  lastAsk: number
}

interface Asked {
  id: number
  text: string
  minute: number
  answered: boolean
  hidden: boolean
}

interface Poll {
  question: Question
  open: boolean
  revealed: boolean
}

/** What a presenter message changed: which events to send again. */
export interface Change {
  public: boolean
  hall: boolean
}

export const NO_CHANGE: Change = { public: false, hall: false }

export interface HallRecord {
  lost: Array<{ slide: number, title: string, count: number }>
  questions: Array<{ text: string, minute: number, answered: boolean, hidden: boolean }>
  polls: Array<{ question: string, prompt: string, choices: string[], answer: number | null, counts: number[], answers: number, revealed: boolean }>
}

export class Hall {
  page = 1
  click = 0
  private readonly phones = new Map<string, Phone>()
  private readonly lostCounts = new Map<number, number>()
  private readonly asked: Asked[] = []
  private readonly votes = new Map<string, Map<string, number>>()
  private readonly revealed = new Set<string>()
  private poll: Poll | null = null
  private shown: number | null = null
  private join = false
  private readonly started: number
  private readonly now: () => number

  constructor(private readonly options: HallOptions) {
    this.now = options.now ?? Date.now
    this.started = this.now()
  }

  private question(id: string): Question | undefined {
    return this.options.questions.find(q => q.id === id)
  }

  private phoneKey(id: string): string {
    return createHash('sha256').update(id).digest('base64url')
  }

  private self(phone: Phone | undefined, refused?: string): PhoneSelf {
    const wait = phone ? Math.ceil((phone.lastAsk + ASK_INTERVAL_S * 1000 - this.now()) / 1000) : 0
    return {
      lost: phone ? [...phone.lost].sort((a, b) => a - b) : [],
      answers: phone ? Object.fromEntries(phone.answers) : {},
      askWait: Math.max(0, wait),
      ...(refused ? { refused } : {}),
    }
  }

  /** A phone's message: returns the phone's own state and what changed for the presenter and everyone. */
  fromPhone(message: PhoneMessage): { self: PhoneSelf, change: Change } {
    const key = this.phoneKey(message.phone)
    let phone = this.phones.get(key)
    if (message.type === 'hello')
      return { self: this.self(phone), change: NO_CHANGE }
    if (!phone) {
      if (this.phones.size >= (this.options.maxPhones ?? 5000))
        return { self: this.self(undefined, 'The hall is full.'), change: NO_CHANGE }
      phone = { lost: new Set(), answers: new Map(), lastAsk: -Infinity }
      this.phones.set(key, phone)
    }
    switch (message.type) {
      case 'lost': {
        if (message.page > this.options.slides.length)
          return { self: this.self(phone, 'No such slide.'), change: NO_CHANGE }
        if (message.on === phone.lost.has(message.page))
          return { self: this.self(phone), change: NO_CHANGE }
        if (message.on)
          phone.lost.add(message.page)
        else
          phone.lost.delete(message.page)
        this.lostCounts.set(message.page, (this.lostCounts.get(message.page) ?? 0) + (message.on ? 1 : -1))
        return { self: this.self(phone), change: { public: false, hall: true } }
      }
      case 'ask': {
        if (this.now() - phone.lastAsk < ASK_INTERVAL_S * 1000)
          return { self: this.self(phone, `One question every ${ASK_INTERVAL_S} seconds.`), change: NO_CHANGE }
        if (this.asked.length >= (this.options.maxQuestions ?? 2000))
          return { self: this.self(phone, 'The lecturer cannot take more questions.'), change: NO_CHANGE }
        phone.lastAsk = this.now()
        const minute = Math.floor((this.now() - this.started) / 60_000)
        this.asked.push({ id: this.asked.length, text: message.text, minute, answered: false, hidden: false })
        return { self: this.self(phone), change: { public: false, hall: true } }
      }
      case 'answer': {
        const poll = this.poll
        if (!poll || !poll.open || poll.question.id !== message.question)
          return { self: this.self(phone, 'This question is not open.'), change: NO_CHANGE }
        if (message.choice >= poll.question.choices.length)
          return { self: this.self(phone, 'No such choice.'), change: NO_CHANGE }
        phone.answers.set(message.question, message.choice)
        let votes = this.votes.get(message.question)
        if (!votes)
          this.votes.set(message.question, votes = new Map())
        votes.set(key, message.choice)
        return { self: this.self(phone), change: { public: false, hall: true } }
      }
    }
  }

  /** A presenter's message (already authenticated). */
  fromPresenter(message: PresenterMessage): Change {
    switch (message.type) {
      case 'nav':
        if (message.page === this.page && message.click === this.click)
          return NO_CHANGE
        this.page = Math.min(message.page, this.options.slides.length)
        this.click = message.click
        return { public: true, hall: true }
      case 'open': {
        const question = this.question(message.question)
        if (!question)
          return NO_CHANGE
        this.poll = { question, open: true, revealed: this.revealed.has(question.id) }
        return { public: true, hall: true }
      }
      case 'close':
        if (!this.poll)
          return NO_CHANGE
        if (!this.poll.open)
          this.poll = null
        else
          this.poll.open = false
        return { public: true, hall: true }
      case 'reveal':
        if (!this.poll)
          return NO_CHANGE
        this.poll.open = false
        this.poll.revealed = true
        this.revealed.add(this.poll.question.id)
        return { public: true, hall: true }
      case 'mark':
      case 'hide': {
        const asked = this.asked[message.id]
        if (!asked)
          return NO_CHANGE
        if (message.type === 'mark')
          asked.answered = message.answered
        else
          asked.hidden = true
        const unshow = message.type === 'hide' && this.shown === message.id
        if (unshow)
          this.shown = null
        return { public: unshow, hall: true }
      }
      case 'show':
        if (message.id !== null && (!this.asked[message.id] || this.asked[message.id]!.hidden))
          return NO_CHANGE
        this.shown = message.id
        return { public: true, hall: true }
      case 'join':
        this.join = message.on
        return { public: true, hall: false }
    }
  }

  counts(questionId: string): number[] {
    const question = this.question(questionId)
    const counts = Array.from<number>({ length: question?.choices.length ?? 0 }).fill(0)
    for (const choice of this.votes.get(questionId)?.values() ?? new Map<string, number>().values())
      counts[choice]! += 1
    return counts
  }

  publicState(): PublicState {
    const poll = this.poll
    return {
      page: this.page,
      click: this.click,
      poll: poll
        ? { question: poll.question.id, open: poll.open, revealed: poll.revealed, ...(poll.revealed ? { counts: this.counts(poll.question.id) } : {}) }
        : null,
      shown: this.shown === null ? null : this.asked[this.shown]!.text,
      join: this.join,
    }
  }

  hallState(): HallState {
    const lost: Record<number, number> = {}
    for (const [page, count] of [...this.lostCounts].sort((a, b) => a[0] - b[0])) {
      if (count > 0)
        lost[page] = count
    }
    const questions: AudienceQuestion[] = this.asked.filter(q => !q.hidden).reverse().map(({ id, text, minute, answered }) => ({ id, text, minute, answered }))
    return { lost, questions, counts: this.poll ? this.counts(this.poll.question.id) : null, phones: this.phones.size }
  }

  /** What the hall asked and answered, for the lecturer to save: nothing that names a phone. */
  record(): HallRecord {
    const { slides, questions } = this.options
    return {
      lost: slides.map((title, i) => ({ slide: i + 1, title, count: this.lostCounts.get(i + 1) ?? 0 })).filter(row => row.count > 0),
      questions: this.asked.map(({ text, minute, answered, hidden }) => ({ text, minute, answered, hidden })),
      polls: questions.filter(q => this.votes.has(q.id) || this.revealed.has(q.id)).map(q => ({
        question: q.id,
        prompt: q.prompt,
        choices: [...q.choices],
        answer: q.kind === 'knowledge' ? q.answer : null,
        counts: this.counts(q.id),
        answers: this.votes.get(q.id)?.size ?? 0,
        revealed: this.revealed.has(q.id),
      })),
    }
  }
}

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\n\r]/

/** A spreadsheet cell: quoted, and text that a spreadsheet would run as a formula made plain. */
function cell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value)
  if (typeof value === 'string' && FORMULA_START.test(text))
    text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The record as one CSV table: a row per slide marked lost, per audience question, per poll choice. */
export function recordCsv(record: HallRecord): string {
  const rows: Array<Array<string | number | boolean | null>> = [['kind', 'slide', 'title', 'question', 'choice', 'right', 'count', 'text', 'minute', 'answered', 'hidden']]
  for (const row of record.lost)
    rows.push(['lost', row.slide, row.title, null, null, null, row.count, null, null, null, null])
  for (const row of record.questions)
    rows.push(['audience question', null, null, null, null, null, null, row.text, row.minute, row.answered, row.hidden])
  for (const poll of record.polls) {
    poll.choices.forEach((choice, i) => rows.push(['poll', null, null, poll.question, choice, poll.answer === null ? null : poll.answer === i, poll.counts[i] ?? 0, poll.prompt, null, null, null]))
  }
  return `${rows.map(row => row.map(cell).join(',')).join('\r\n')}\r\n`
}
