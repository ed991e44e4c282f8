// @vitest-environment node
// The hall server (node/hall/server.ts) on 127.0.0.1 over a small temporary site: who may do what,
// what it does with bad input, what it saves, and a hall of 300 simulated phones following ten clicks
// and answering one question while 30 of them drop and reconnect. Bounded: 300 streams, about a
// thousand requests, each with a timeout; the server is stopped at the end.
import type { HallServer } from '../../node/hall/server'
import type { HallRecord } from '../../node/hall/state'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ASK_MAX, HALL_META, HALL_PATHS } from '../../app/hall/protocol'
import { byId } from '../../data/ids'
import { questions } from '../../data/questions'
import { MAX_BODY, startHallServer } from '../../node/hall/server'
import { SimPhone, SimPresenter } from '../../node/hall/sim'

const PASSWORD = 'hall-2009'
const SLIDES = Array.from({ length: 12 }, (_, i) => `Slide ${i + 1}`)
const JOIN = 'http://lecture.test:3030/'
let server: HallServer
let base: string
let clock = 0

function raw(path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { method: 'POST', headers, agent: false }, (res) => {
      res.resume()
      res.on('end', () => done(res.statusCode!))
    })
    req.on('error', fail)
    req.setTimeout(5000, () => fail(new Error('no answer in 5 s')))
    req.end(body)
  })
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'hall-test-'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>deck</title></head><body></body></html>')
  server = await startHallServer({ root, password: PASSWORD, slides: SLIDES, joinUrl: JOIN, now: () => clock })
  base = server.url
})

afterAll(async () => {
  await server?.close()
})

describe('the hall server', () => {
  it('serves the deck with the join address for the hall client, and the QR code', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await (await fetch(base)).text()
    expect(page).toContain(`<meta name="${HALL_META}" content="${JOIN}">`)
    const qr = await fetch(`${base}hall/join.svg`)
    expect(qr.headers.get('content-type')).toBe('image/svg+xml')
    expect(await qr.text()).toMatch(/^<svg role="img" aria-label="QR code: join at http:\/\/lecture\.test:3030\/"/)
  })

  it('gives the presenter\'s powers for the password only', async () => {
    const intruder = new SimPresenter(base)
    expect(await intruder.login('wrong')).toBe(401)
    expect(await intruder.send({ type: 'open', question: 'strands' })).toBe(401)
    expect(await intruder.send({ type: 'nav', page: 5, click: 0 })).toBe(401)
    await expect(intruder.download('json')).rejects.toThrow(/401/)
    await expect(intruder.listen()).rejects.toThrow(/401/)
    // An audience page that sends the presenter's messages on its own channel is dropped.
    const phone = new SimPhone(base)
    for (const message of [{ type: 'open', question: 'strands' }, { type: 'reveal' }, { type: 'nav', page: 5, click: 0 }, { type: 'show', id: 0 }])
      expect((await phone.send(message)).status).toBe(400)
    expect(server.hall.publicState()).toMatchObject({ page: 1, click: 0, poll: null, shown: null })
  })

  it('drops malformed, oversized and unknown messages, and goes on serving the others', async () => {
    const phone = new SimPhone(base)
    const presenter = new SimPresenter(base)
    expect(await presenter.login(PASSWORD)).toBe(200)
    const statuses = [
      await raw(HALL_PATHS.send, '{"type":"ask",'),
      await raw(HALL_PATHS.send, JSON.stringify({ type: 'ask', phone: phone.id, text: 'x'.repeat(MAX_BODY) })),
      await raw(HALL_PATHS.send, 'x'.repeat(MAX_BODY * 4)),
      await raw(HALL_PATHS.send, JSON.stringify({ type: 'ask', phone: phone.id, text: 'hi' }), { 'content-type': 'text/plain' }),
      await raw(HALL_PATHS.send, JSON.stringify([1, 2, 3])),
      await raw(HALL_PATHS.send, 'null'),
      await raw(`${HALL_PATHS.send}?x=1`, JSON.stringify({ type: 'vote', phone: phone.id })),
      await raw(HALL_PATHS.send, JSON.stringify({ type: 'hello', phone: 'short' })),
      await raw(HALL_PATHS.presenter, '{"type":"close"', { 'content-type': 'application/json', 'authorization': `Bearer ${presenter.token}` }),
    ]
    expect(statuses).toEqual([400, 413, 413, 415, 400, 400, 400, 400, 400])
    const bad = [
      { type: 'ask', text: 'y'.repeat(ASK_MAX + 1) },
      { type: 'ask', text: '   ' },
      { type: 'ask', text: 'hello', extra: true },
      { type: 'lost', page: 0, on: true },
      { type: 'lost', page: 1.5, on: true },
      { type: 'lost', page: 2, on: 'yes' },
      { type: 'answer', question: 'strands', choice: 9 },
      { type: 'answer', question: '../../etc', choice: 0 },
    ]
    for (const message of bad)
      expect((await phone.send(message)).status, JSON.stringify(message)).toBe(400)
    expect(await presenter.send({ type: 'nav', page: -1, click: 0 })).toBe(400)
    expect(await presenter.send({ type: 'open', question: 'no-such-question' })).toBe(204)
    expect(server.hall.publicState().poll).toBeNull()
    expect(server.hall.hallState()).toMatchObject({ lost: {}, questions: [] })
    // Still serving.
    expect((await phone.send({ type: 'hello' })).status).toBe(200)
  })

  it('keeps an audience question as text, one per phone per 30 seconds', async () => {
    const phone = new SimPhone(base)
    const presenter = new SimPresenter(base)
    await presenter.login(PASSWORD)
    const stream = await presenter.listen()
    const text = '<img src=x onerror=alert(1)> {{ constructor }}'
    expect((await phone.send({ type: 'ask', text })).self).toMatchObject({ askWait: 30 })
    const again = await phone.send({ type: 'ask', text: 'a second one' })
    expect(again.self?.refused).toMatch(/30 seconds/)
    clock += 30_000
    expect((await phone.send({ type: 'ask', text: 'a second one' })).self?.refused).toBeUndefined()
    await stream.until(s => s.halls.at(-1)?.data.questions.length === 2)
    expect(stream.halls.at(-1)!.data.questions.map(q => q.text)).toEqual(['a second one', text])
    stream.close()
  })

  it('shows an audience question on the projector only when the lecturer chooses, and the join code on demand', async () => {
    const presenter = new SimPresenter(base)
    await presenter.login(PASSWORD)
    const projector = new SimPhone(base)
    await projector.join()
    const first = server.hall.hallState().questions.at(-1)!
    expect(server.hall.publicState().shown).toBeNull()
    expect(await presenter.send({ type: 'show', id: first.id })).toBe(204)
    await projector.stream.until(s => s.state?.shown === first.text)
    expect(await presenter.send({ type: 'hide', id: first.id })).toBe(204)
    await projector.stream.until(s => s.state?.shown === null)
    expect(server.hall.hallState().questions.map(q => q.id)).not.toContain(first.id)
    // A hidden question cannot be shown.
    await presenter.send({ type: 'show', id: first.id })
    expect(server.hall.publicState().shown).toBeNull()
    await presenter.send({ type: 'join', on: true })
    await projector.stream.until(s => s.state?.join === true)
    await presenter.send({ type: 'join', on: false })
    projector.stream.close()
  })

  it('counts a lost mark once per phone, keeps it across reconnects, and lets it be taken back', async () => {
    const phone = new SimPhone(base)
    await phone.send({ type: 'lost', page: 3, on: true })
    await phone.send({ type: 'lost', page: 3, on: true })
    expect(server.hall.hallState().lost).toEqual({ 3: 1 })
    await phone.reconnect()
    expect((await phone.send({ type: 'hello' })).self?.lost).toEqual([3])
    await phone.send({ type: 'lost', page: 3, on: false })
    expect(server.hall.hallState().lost).toEqual({})
    expect((await phone.send({ type: 'lost', page: SLIDES.length + 1, on: true })).self?.refused).toBe('No such slide.')
    phone.stream.close()
  })

  it('carries a hall of 300 phones through ten clicks and one question, 30 of them dropping mid-question', async () => {
    const presenter = new SimPresenter(base)
    await presenter.login(PASSWORD)
    await presenter.listen()
    const phones = Array.from({ length: 300 }, () => new SimPhone(base))
    await Promise.all(phones.map(p => p.join()))
    expect(server.streams().audience).toBeGreaterThanOrEqual(300)

    const clicks = Array.from({ length: 10 }, (_, i) => ({ page: 2 + Math.floor(i / 3), click: i % 3 }))
    for (const { page, click } of clicks)
      expect(await presenter.send({ type: 'nav', page, click })).toBe(204)
    for (const phone of phones) {
      await phone.stream.until(s => s.state?.page === clicks.at(-1)!.page && s.state.click === clicks.at(-1)!.click)
      const seen = phone.stream.states.map(s => `${s.data.page}.${s.data.click}`)
      for (const { page, click } of clicks)
        expect(seen).toContain(`${page}.${click}`)
    }

    const question = byId(questions, 'strands')
    expect(await presenter.send({ type: 'open', question: question.id })).toBe(204)
    await Promise.all(phones.map(p => p.stream.until(s => s.state?.poll?.open === true)))
    // The first 30 answer, drop, come back and answer again (the later answer replaces the earlier);
    // the next 30 drop before answering and answer after coming back; the rest answer once.
    const expected = [0, 0, 0]
    const answer = (phone: SimPhone, i: number) => phone.send({ type: 'answer', question: question.id, choice: i % 3 })
    await Promise.all(phones.slice(0, 30).map((p, i) => p.send({ type: 'answer', question: question.id, choice: (i + 1) % 3 })))
    await Promise.all(phones.slice(0, 60).map(p => p.reconnect()))
    await Promise.all(phones.slice(0, 60).map(p => p.stream.until(s => s.state?.poll?.open === true)))
    const replies = await Promise.all(phones.map((p, i) => answer(p, i)))
    phones.forEach((_, i) => expected[i % 3]! += 1)
    expect(replies.every(r => r.status === 200 && r.self?.answers[question.id] !== undefined)).toBe(true)
    expect((await phones[0]!.send({ type: 'hello' })).self?.answers).toEqual({ [question.id]: 0 })

    expect(await presenter.send({ type: 'reveal' })).toBe(204)
    await Promise.all(phones.map(p => p.stream.until(s => s.state?.poll?.revealed === true)))
    for (const phone of phones)
      expect(phone.stream.state!.poll!.counts).toEqual(expected)
    await presenter.stream!.until(s => JSON.stringify(s.halls.at(-1)?.data.counts) === JSON.stringify(expected))
    // After the reveal no answer is taken.
    expect((await answer(phones[1]!, 0)).self?.refused).toMatch(/not open/)

    const record = JSON.parse(await presenter.download('json')) as HallRecord
    expect(record.polls).toEqual([expect.objectContaining({ question: 'strands', counts: expected, answers: 300, answer: 0, revealed: true })])
    for (const phone of phones) phone.stream.close()
    presenter.stream!.close()
  }, 60_000)

  it('saves what the hall asked and answered, and nothing that names a phone', async () => {
    const presenter = new SimPresenter(base)
    await presenter.login(PASSWORD)
    const phone = new SimPhone(base)
    clock += 60_000
    await phone.send({ type: 'ask', text: '=HYPERLINK("x"), "quoted"' })
    await phone.send({ type: 'lost', page: 4, on: true })
    const json = await presenter.download('json')
    const csv = await presenter.download('csv')
    const record = JSON.parse(json) as HallRecord
    expect(record.lost).toEqual([{ slide: 4, title: 'Slide 4', count: 1 }])
    expect(record.questions.map(q => q.text)).toContain('<img src=x onerror=alert(1)> {{ constructor }}')
    expect(json).not.toContain(phone.id)
    expect(csv).not.toContain(phone.id)
    expect(csv.split('\r\n')[0]).toBe('kind,slide,title,question,choice,right,count,text,minute,answered,hidden')
    expect(csv).toContain('lost,4,Slide 4,,,,1,,,,')
    // A formula from the audience is written as text, quoted.
    expect(csv).toContain('"\'=HYPERLINK(""x""), ""quoted"""')
    expect(csv).toContain(`poll,,,strands,"${byId(questions, 'strands').choices[0]}",true,`)
  })
})
