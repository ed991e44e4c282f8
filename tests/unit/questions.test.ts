// The questions of data/questions.ts: each resolves (its slide exists, in its section; its answer is
// one of its choices and rests on the lecture's own words), and its explanation follows the rules of
// the editors' context (citations that resolve, no number without one, no presenter cue).
import type { Deck } from '../../node/deck/deck'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { withQuestions } from '../../app/check/search'
import CheckYourself from '../../app/edition/CheckYourself.vue'
import { searchLecture } from '../../app/search/search'
import { sectionIdAt } from '../../data/deck'
import { sections } from '../../data/lecture'
import { noteBlocks, noteProblems } from '../../data/notes'
import { answerText, EXPLANATION_LABEL, NO_RIGHT_ANSWER, questions, questionsOf } from '../../data/questions'
import { sources } from '../../data/sources'
import { readDeck } from '../../node/deck/deck'

const squash = (text: string) => text.replace(/[’‘]/g, '\'').replace(/\s+/g, ' ').trim()
const lectureText = squash(readFileSync(resolve(import.meta.dirname, '../fixtures/source.md'), 'utf8'))
const known = new Set<string>(sources.map(s => s.id))

let deck: Deck
beforeAll(async () => {
  deck = await readDeck()
})

describe('the questions', () => {
  it('gives every section two to four, with unique ids', () => {
    for (const section of sections) {
      const count = questions.filter(q => q.section === section.id).length
      expect(count, section.id).toBeGreaterThanOrEqual(2)
      expect(count, section.id).toBeLessThanOrEqual(4)
    }
    expect(new Set(questions.map(q => q.id)).size).toBe(questions.length)
  })

  it.each(questions)('$id names a slide of its section', (question) => {
    const slide = deck.slides.find(s => s.title === question.slide)
    expect(slide, `data/questions.ts: question "${question.id}" names slide "${question.slide}", which is no slide title in slides.md`).toBeDefined()
    const section = sectionIdAt(deck.slides.map(s => s.frontmatter), slide!.no)
    expect(section, `question "${question.id}" is in section ${question.section}, its slide in ${section}`).toBe(question.section)
  })

  it.each(questions)('$id has three to five distinct choices and an answer among them', (question) => {
    expect(new Set(question.choices).size).toBe(question.choices.length)
    if (question.kind === 'knowledge') {
      expect(question.answer).toBeLessThan(question.choices.length)
      for (const words of question.evidence)
        expect(lectureText, `question "${question.id}": evidence not in the lecture text`).toContain(squash(words))
    }
    else {
      expect(answerText(question)).toBe(NO_RIGHT_ANSWER)
    }
  })

  it.each(questions)('$id explains in the editors\' words, citing what it adds', (question) => {
    expect(question.explanation.trim()).not.toBe('')
    expect(noteProblems(question.explanation, known), question.id).toEqual([])
    expect(noteBlocks(question.explanation).every(block => block.kind === 'context'), question.id).toBe(true)
    expect(question.explanation).not.toMatch(/After the lecture|\b20(?:09-1[12]|1\d)\b/)
  })

  it('has at least one opinion question, and the rest have a right answer', () => {
    expect(questions.some(q => q.kind === 'opinion')).toBe(true)
    expect(questions.filter(q => q.kind === 'knowledge').length).toBeGreaterThan(questions.length / 2)
  })

  it('refuses a citation of an unknown source', () => {
    expect(noteProblems('It says so [@no-such-source].', known)).toHaveLength(1)
  })
})

describe('"Check yourself" in the reader edition', () => {
  it.each(sections.map(s => s.id))('gives %s its questions with each answer in <details>, and a link to the slide', (id) => {
    const slideNumbers = Object.fromEntries(deck.slides.map(s => [s.title, s.no]))
    const wrapper = mount(CheckYourself, { props: { section: id, slideNumbers } })
    const own = questionsOf(id)
    expect(wrapper.findAll('details')).toHaveLength(own.length)
    for (const [i, question] of own.entries()) {
      const details = wrapper.findAll('details')[i]!
      expect(details.text()).toContain(answerText(question))
      expect(details.text()).toContain(EXPLANATION_LABEL)
      expect(details.text()).not.toMatch(/\[@|Cue:/)
      expect(details.find('a').attributes('href')).toBe(`#slide-${slideNumbers[question.slide]}`)
    }
  })
})

describe('the questions in the search', () => {
  it('finds a question with the context of its section\'s last slide, and no presenter cue', () => {
    const frontmatters = deck.slides.map(s => s.frontmatter)
    const entries = withQuestions(deck.slides.map(s => ({ no: s.no, title: s.title, slide: '', context: '' })), frontmatters)
    const question = questionsOf('scc')[0]!
    const hits = searchLecture(entries, question.prompt)
    const last = deck.slides.filter(s => sectionIdAt(frontmatters, s.no) === 'scc').at(-1)!
    expect(hits.map(hit => [hit.no, hit.place])).toContainEqual([last.no, 'context'])
    expect(entries.map(e => e.context).join(' ')).not.toMatch(/Cue:/)
  })
})
