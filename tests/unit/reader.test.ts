// The reader edition's addresses (app/reader/reader.ts), and the static site's build setup
// (app/downloads/downloads.ts, node/vite/), without a browser.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { DOWNLOADS, plannedDownloads } from '../../app/downloads/downloads'
import { editionHref, readerLocation, slideFromQuery } from '../../app/reader/reader'
import { pageCharacters } from '../../node/edition/edition'
import { unnestMenuButton } from '../../node/vite/menu-button'

describe('the reader edition\'s address', () => {
  it('is reader/ beside the deck, at a slide when asked', () => {
    expect(editionHref()).toBe('reader/')
    expect(editionHref(7)).toBe('reader/#slide-7')
    expect(editionHref(null)).toBe('reader/')
  })

  it('is reached from the deck\'s #/reader route, whose slide number is read and checked', () => {
    expect(readerLocation(7)).toEqual({ path: '/reader', query: { slide: '7' } })
    expect(readerLocation()).toEqual({ path: '/reader', query: {} })
    expect(slideFromQuery('7', 21)).toBe(7)
    expect(slideFromQuery(['3', '4'], 21)).toBe(3)
    expect(slideFromQuery('0', 21)).toBeNull()
    expect(slideFromQuery('22', 21)).toBeNull()
    expect(slideFromQuery('x', 21)).toBeNull()
  })
})

describe('the reader edition\'s Latin faces', () => {
  it('are cut to the page\'s characters: those in its markup, those it writes as references, and all of printable ASCII', () => {
    const characters = pageCharacters('<p title="café">Ryūkyū&#8212;&#x2019;</p>')
    for (const character of ['ū', 'é', '\u2014', '\u2019', '\u00A0', '7', '~', ' '])
      expect(characters, character).toContain(character)
    expect(characters).not.toContain('ö')
    expect(new Set(characters).size).toBe(characters.length)
  })
})

describe('static site build', () => {
  it('offers the downloads the build says it will print, and refuses a name it does not know', () => {
    expect(plannedDownloads(undefined)).toEqual([])
    expect(plannedDownloads('')).toEqual([])
    expect(plannedDownloads('handout, slides').map(d => d.file)).toEqual(['japan-us-alliance-slides.pdf', 'japan-us-alliance-handout.pdf'])
    expect(plannedDownloads('handout').map(d => d.file)).toEqual(['japan-us-alliance-handout.pdf'])
    expect(() => plannedDownloads('slides,poster')).toThrow(/"poster"/)
    expect(DOWNLOADS.map(d => d.file)).toEqual(['japan-us-alliance-slides.pdf', 'japan-us-alliance-handout.pdf', 'japan-us-alliance.pptx', 'japan-us-alliance-reader.html'])
  })

  it('unnests the installed Slidev\'s menu button (fails when Slidev changes the file)', () => {
    const path = createRequire(import.meta.url).resolve('@slidev/client/internals/MenuButton.vue')
    const source = readFileSync(path, 'utf8')
    const fixed = unnestMenuButton(source)
    expect(source.match(/<button/g)).toHaveLength(1)
    expect(fixed).not.toContain('<button')
    expect(fixed).toContain('<div :class="{ disabled }" @click="value = !value">')
  })
})
