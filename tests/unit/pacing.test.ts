import { parseTimeString } from '@slidev/parser/utils'
// Pacing: the section budgets add up to the planned duration, and the presenter's label shows them.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { clockMinutes, lecturePlan } from '../../app/presenter/pacing'
import SectionBudget from '../../app/presenter/SectionBudget.vue'
import { sectionIdAt } from '../../data/deck'
import { sections } from '../../data/lecture'
import { readDeck } from '../../node/deck/deck'

describe('lecturePlan', () => {
  it('lays the sections end to end over the duration in the headmatter', async () => {
    const deck = await readDeck()
    const plan = lecturePlan()
    expect(deck.headmatter.timer).toBe('countdown')
    const minutes = parseTimeString(deck.headmatter.duration as string).seconds / 60
    expect(plan.map(w => w.section.id)).toEqual(sections.map(s => s.id))
    expect(plan[0]!.start).toBe(0)
    expect(plan.at(-1)!.end).toBe(minutes)
    plan.forEach((w, i) => {
      expect(w.end - w.start).toBe(w.section.minutes)
      expect(w.total).toBe(minutes)
      if (i > 0)
        expect(w.start).toBe(plan[i - 1]!.end)
    })
  })

  it('follows whatever budgets it is given', () => {
    const plan = lecturePlan([{ ...sections[0]!, minutes: 7 }, { ...sections[1]!, minutes: 3 }])
    expect(plan.map(w => [w.start, w.end, w.total])).toEqual([[0, 7, 10], [7, 10, 10]])
  })
})

describe('sectionIdAt', () => {
  const deck = [{}, { routeAlias: 'agenda' }, { routeAlias: 'development' }, {}, { routeAlias: 'treaty' }, {}]

  it('finds the section a slide belongs to from the dividers\' routeAlias, and none before the first', () => {
    expect(sectionIdAt(deck, 1)).toBeNull()
    expect(sectionIdAt(deck, 2)).toBeNull()
    expect(sectionIdAt(deck, 3)).toBe('development')
    expect(sectionIdAt(deck, 4)).toBe('development')
    expect(sectionIdAt(deck, 6)).toBe('treaty')
  })
})

describe('sectionBudget', () => {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

  it('gives the section its minutes, its window and the countdown readings that bound it', () => {
    const text = squash(mount(SectionBudget, { props: { section: 'treaty' } }).text())
    const treaty = lecturePlan().find(w => w.section.id === 'treaty')!
    expect(text).toContain(`§2 · ${treaty.section.minutes} min`)
    expect(text).toContain(`minutes ${treaty.start}–${treaty.end} of ${treaty.total}`)
    expect(text).toContain(`countdown ${clockMinutes(treaty.total - treaty.start)} → ${clockMinutes(treaty.total - treaty.end)}`)
  })

  it('before the first section, shows the whole plan', () => {
    const parts = mount(SectionBudget, { props: { section: null } }).findAll('strong, span').map(part => squash(part.text()))
    expect(parts).toEqual([`${lecturePlan()[0]!.total} min`, `${sections.length} sections: ${sections.map(s => s.minutes).join(' + ')}`])
  })

  it('refuses an unknown section', () => {
    expect(() => mount(SectionBudget, { props: { section: 'epilogue' as never } })).toThrow(/Unknown section/)
  })
})
