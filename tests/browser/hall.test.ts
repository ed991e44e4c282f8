// The hall (`npm run hall`) with the built deck on 127.0.0.1: the presenter (logged in with the
// password), the projector and three phones at 390 × 844, each in its own browser context as on its
// own device. A lost mark is counted once and survives a reload; an audience question shows as
// literal text and runs nothing; a question is opened, answered (one answer a phone, a later one
// replacing it, kept across a reload) and revealed with the right counts on the phones and as a chart
// on the projector; an audience page cannot open or reveal; what happened is saved as JSON and CSV.
// Screenshots go to test-results/.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { HallServer } from '../../node/hall/server'
import type { HallRecord } from '../../node/hall/state'
import { mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOWNLOADS_FOLDER, OUTPUTS } from '../../data/deck'
import { lecture } from '../../data/lecture'
import { questionsOf } from '../../data/questions'
import { findBrowser, launchArgs, VIEWING_BROWSERS } from '../../node/browser'
import { readDeck, PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { startHallServer } from '../../node/hall/server'

const PASSWORD = 'hall-2009'
const PHONE = { width: 390, height: 844 }
const SHOTS = resolve(ROOT, 'test-results')
const HOSTILE = '<img src=x onerror=alert(1)> {{ constructor }}'
const first = questionsOf('development')[0]!

let server: HallServer
let browser: Browser
let presenter: Page
let projector: Page
const phones: Page[] = []
const contexts: BrowserContext[] = []
const problems: string[] = []

function watch(page: Page, name: string): void {
  page.on('dialog', (dialog) => {
    problems.push(`${name}: a dialog opened: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', error => problems.push(`${name}: ${error.message}`))
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !/^(?:data|blob):/.test(request.url()))
      problems.push(`${name}: request outside the laptop: ${request.url()}`)
  })
}

async function newPage(name: string, viewport: { width: number, height: number }, phone = false): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}), acceptDownloads: true })
  contexts.push(context)
  const page = await context.newPage()
  watch(page, name)
  return page
}

const panel = () => presenter.getByRole('complementary', { name: 'From the hall' })
const lostHere = () => panel().locator('.lost-count').innerText()

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  const deck = await readDeck()
  server = await startHallServer({ root: resolve(ROOT, 'dist'), password: PASSWORD, slides: deck.slides.map(s => s.title), joinUrl: 'http://lecture.test:3030/' })
  browser = await chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
  presenter = await newPage('presenter', { width: 1280, height: 800 })
  projector = await newPage('projector', { width: 1280, height: 720 })
  for (let i = 0; i < 3; i++)
    phones.push(await newPage(`phone ${i + 1}`, PHONE, true))
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the hall', () => {
  it('puts the join code on the projector\'s cover, and the phones follow the presenter', async () => {
    await presenter.goto(`${server.url}#/presenter/1?password=${PASSWORD}`)
    await panel().getByRole('button', { name: /Open next question|No questions/ }).waitFor({ timeout: 60_000 })
    await projector.goto(`${server.url}?projector#/1`)
    const join = projector.getByRole('complementary', { name: 'Join on your phone' })
    await join.waitFor({ timeout: 60_000 })
    expect(await join.innerText()).toContain('http://lecture.test:3030/')
    expect(await join.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    for (const phone of phones) {
      await phone.goto(`${server.url}#/1`)
      await phone.getByRole('textbox', { name: 'Ask a question' }).waitFor({ timeout: 60_000 })
    }
    await projector.screenshot({ path: resolve(SHOTS, 'hall-projector-cover.png') })
    // To slide 4 (in section 1), one slide at a time, as the presenter's slide-number box does.
    for (const no of [2, 3, 4]) {
      await presenter.evaluate((n) => {
        location.hash = location.hash.replace(/^#\/presenter\/\d+/, `#/presenter/${n}`)
      }, no)
      // Slidev writes a divider's address by its alias (#/development): the phone's own button names the slide.
      for (const phone of phones)
        await expect.poll(() => phone.getByRole('button', { name: /lost/ }).innerText(), { timeout: 15_000 }).toContain(`(${no})`)
    }
    await expect.poll(() => projector.evaluate(() => location.hash), { timeout: 15_000 }).toMatch(/^#\/4\b/)
    // With no question open, the phone's controls stay below the slide.
    const slide = (await phones[0]!.locator('#slide-content').boundingBox())!
    const controls = (await phones[0]!.getByRole('region', { name: 'Hall' }).boundingBox())!
    expect(controls.y).toBeGreaterThanOrEqual(slide.y + slide.height - 1)
  })

  it('offers each phone the reader edition as one file to keep, served by the laptop', async () => {
    const link = phones[0]!.getByRole('link', { name: 'Keep the reader edition' })
    const href = await link.evaluate(a => (a as HTMLAnchorElement).href)
    expect(href).toBe(`${server.url}${DOWNLOADS_FOLDER}/${OUTPUTS.reader.file}`)
    expect(await link.getAttribute('download')).not.toBeNull()
    const response = await phones[0]!.request.get(href)
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain(lecture.title)
  })

  it('counts a lost mark once per phone, through a reload, and lets it be taken back', async () => {
    const [one, two] = phones as [Page, Page]
    await one.getByRole('button', { name: /lost/ }).click()
    await expect.poll(lostHere, { timeout: 10_000 }).toBe('1')
    await one.reload()
    const button = one.getByRole('button', { name: /lost/ })
    await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 30_000 }).toBe('true')
    await two.getByRole('button', { name: /lost/ }).click()
    await expect.poll(lostHere, { timeout: 10_000 }).toBe('2')
    await two.getByRole('button', { name: /lost/ }).click()
    await expect.poll(lostHere, { timeout: 10_000 }).toBe('1')
    expect(await panel().innerText()).toContain('4 · Historical Background: 1')
  })

  it('shows an audience question as literal text, and runs nothing', async () => {
    const phone = phones[1]!
    await phone.getByRole('textbox', { name: 'Ask a question' }).fill(HOSTILE)
    await phone.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => phone.getByRole('status').innerText()).toContain('Sent')
    const asked = panel().locator('.audience-question .text').first()
    await expect.poll(() => asked.innerText(), { timeout: 10_000 }).toBe(HOSTILE)
    expect(await panel().locator('.audience-question img').count()).toBe(0)
    // The projector never shows it unless the lecturer does.
    expect(await projector.locator('body').innerText()).not.toContain('onerror')
  })

  it('lets no audience page open, reveal or read the hall', async () => {
    const phone = phones[2]!
    const statuses = await phone.evaluate(async () => {
      const post = (path: string, body: unknown) => fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(r => r.status)
      return [
        await post('hall/presenter', { type: 'open', question: 'strands' }),
        await post('hall/presenter', { type: 'reveal' }),
        await post('hall/send', { type: 'open', question: 'strands', phone: localStorage.getItem('lecture-hall-phone') }),
        await fetch('hall/export.json').then(r => r.status),
      ]
    })
    expect(statuses).toEqual([401, 401, 400, 401])
    expect(server.hall.publicState().poll).toBeNull()
  })

  it('opens a question, takes one answer a phone, and reveals the right counts', async () => {
    expect(first.kind).toBe('knowledge')
    await panel().getByRole('button', { name: /Open next question \(1 of/ }).click()
    const choices = (phone: Page) => phone.getByRole('group', { name: 'Your answer' }).getByRole('button')
    for (const phone of phones)
      await choices(phone).first().waitFor({ timeout: 10_000 })
    await projector.getByRole('region', { name: 'Question' }).waitFor()
    expect(await projector.getByRole('region', { name: 'Question' }).innerText()).toContain(first.prompt)

    const [one, two, three] = phones as [Page, Page, Page]
    await choices(one).nth(0).click()
    await choices(two).nth(0).click()
    await choices(three).nth(1).click()
    await choices(three).nth(2).click()
    await phones[0]!.screenshot({ path: resolve(SHOTS, 'hall-phone-question-390x844.png') })
    // The slide stays in view above the controls, which have grown for the question.
    const slide = (await one.locator('#slide-content').boundingBox())!
    const controls = (await one.getByRole('region', { name: 'Hall' }).boundingBox())!
    expect(slide.y).toBeGreaterThanOrEqual(0)
    expect(controls.y).toBeGreaterThanOrEqual(slide.y + slide.height - 1)
    // A reload keeps the phone's answer.
    await one.reload()
    await expect.poll(() => choices(one).nth(0).getAttribute('aria-pressed'), { timeout: 30_000 }).toBe('true')
    await expect.poll(() => panel().getByRole('img', { name: /^Live counts/ }).getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('Live counts: A 2 (right answer), B 0, C 1; 3 answers')
    await presenter.screenshot({ path: resolve(SHOTS, 'hall-presenter.png') })

    await panel().getByRole('button', { name: 'Reveal' }).click()
    const summary = 'The hall\'s answers: A 2 (right answer), B 0, C 1; 3 answers'
    for (const phone of phones) {
      await expect.poll(() => phone.getByRole('img', { name: /^The hall's answers/ }).getAttribute('aria-label'), { timeout: 10_000 }).toBe(summary)
      expect(await phone.getByRole('region', { name: 'Question from the lecturer' }).innerText()).toContain(`Right answer: A, ${first.choices[0]}`)
    }
    expect(await phones[2]!.getByRole('region', { name: 'Question from the lecturer' }).innerText()).toContain('Explanation by the deck’s editors')
    const chart = projector.getByRole('img', { name: /^The hall's answers/ })
    await expect.poll(() => chart.getAttribute('aria-label'), { timeout: 10_000 }).toBe(summary)
    expect(await chart.evaluate(svg => svg.tagName.toLowerCase())).toBe('svg')
    await phones[2]!.screenshot({ path: resolve(SHOTS, 'hall-phone-result-390x844.png') })
    await projector.screenshot({ path: resolve(SHOTS, 'hall-projector-result.png') })
  })

  it('saves what the hall asked and answered as JSON and CSV', async () => {
    const save = async (name: string) => {
      const [download] = await Promise.all([presenter.waitForEvent('download'), panel().getByRole('button', { name }).click()])
      return { file: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') }
    }
    const json = await save('Save (JSON)')
    expect(json.file).toBe('hall-2009-10-15.json')
    const record = JSON.parse(json.text) as HallRecord
    expect(record.lost).toEqual([{ slide: 4, title: 'Historical Background', count: 1 }])
    expect(record.questions).toEqual([{ text: HOSTILE, minute: 0, answered: false, hidden: false }])
    expect(record.polls).toEqual([expect.objectContaining({ question: first.id, counts: [2, 0, 1], answers: 3, revealed: true })])
    const csv = await save('Save (CSV)')
    expect(csv.file).toBe('hall-2009-10-15.csv')
    expect(csv.text).toContain('lost,4,Historical Background,,,,1,,,,')
    expect(csv.text).toContain(`poll,,,${first.id},`)
    // No phone's id anywhere.
    for (const phone of phones) {
      const id = await phone.evaluate(() => localStorage.getItem('lecture-hall-phone'))
      expect(id).toMatch(/^[\w-]{22,}$/)
      expect(json.text + csv.text).not.toContain(id)
    }
    expect(problems).toEqual([])
  })

  it('offers "Check yourself" for studying alone: choose, then the answer, why, and the slide', async () => {
    const phone = phones[0]!
    await phone.goto(`${server.url}#/check/treaty`)
    const question = questionsOf('treaty')[0]!
    expect(question.kind).toBe('knowledge')
    const form = phone.locator('form.question').first()
    await form.getByRole('radio').first().waitFor({ timeout: 30_000 })
    const wrong = question.kind === 'knowledge' ? (question.answer + 1) % question.choices.length : 0
    await form.getByRole('radio').nth(wrong).check()
    await form.getByRole('button', { name: 'Check' }).click()
    const answer = form.getByRole('status')
    expect(await answer.innerText()).toContain('Not quite.')
    expect(await answer.innerText()).toContain('Explanation by the deck’s editors, not the lecturer’s words')
    await answer.getByRole('link', { name: /^Slide \d+: Article V$/ }).click()
    await expect.poll(() => phone.evaluate(() => location.hash)).toMatch(/^#\/7\b/)
    expect(problems).toEqual([])
  })
})
