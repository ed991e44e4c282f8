// Layout checks that run inside the page, on one rendered slide.

export interface LayoutProblem {
  element: string
  problem: string
}

/**
 * Finds what a viewer would see as broken on slide `no`: an element or a line of text that extends
 * outside the slide, content clipped by an element that hides its overflow, and content that runs into
 * the footer. Runs in the browser (passed to page.evaluate), so it must be self-contained.
 */
export function findLayoutProblems(no: number): LayoutProblem[] {
  const slide = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!slide)
    return [{ element: `.slidev-page-${no}`, problem: 'slide not rendered' }]
  const bounds = slide.getBoundingClientRect()
  const footerTop = slide.querySelector('.lecture-footer')?.getBoundingClientRect().top ?? bounds.bottom
  const tolerance = 1
  const problems: LayoutProblem[] = []
  const name = (el: Element) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)
    return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${text}"`
  }
  const visible = (el: Element) => {
    const style = getComputedStyle(el)
    return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0
  }

  for (const el of slide.querySelectorAll('*')) {
    if (!visible(el))
      continue
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0)
      continue
    if (rect.left < bounds.left - tolerance || rect.right > bounds.right + tolerance
      || rect.top < bounds.top - tolerance || rect.bottom > bounds.bottom + tolerance) {
      problems.push({ element: name(el), problem: 'extends outside the slide' })
    }
    const style = getComputedStyle(el)
    const hides = (value: string) => value !== 'visible'
    if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + tolerance)
      || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + tolerance)) {
      problems.push({ element: name(el), problem: 'clips its content' })
    }
  }

  // Every line of text: inside the slide, and above the footer unless it is the footer.
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!parent || !node.textContent?.trim() || !visible(parent))
      continue
    const inFooter = !!parent.closest('.lecture-footer')
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const line of range.getClientRects()) {
      if (line.width === 0)
        continue
      const outside = line.left < bounds.left - tolerance || line.right > bounds.right + tolerance
        || line.top < bounds.top - tolerance || line.bottom > bounds.bottom + tolerance
      if (outside)
        problems.push({ element: name(parent), problem: 'text outside the slide' })
      else if (!inFooter && line.bottom > footerTop + tolerance)
        problems.push({ element: name(parent), problem: 'text runs into the footer' })
    }
  }
  return problems
}

/** Type sizes on one slide, in canvas px (the computed font-size; the tests show slides at scale 1). */
export interface TypeSizes {
  /** Smallest size of text that must carry from the back of the hall. */
  smallest: number
  /** Median size over the characters of that text, so a long paragraph outweighs a one-word label. */
  median: number
  /** Smallest size of text with the class `type-label` (axis labels, source lines); 0 when none. */
  smallestLabel: number
  /** The text at the smallest size, to say what to fix. */
  smallestText: string
}

/**
 * Measures the type on slide `no`: every visible text node, the footer left out, text with the class
 * `type-label` (on the element or an ancestor: axis labels, source lines) measured apart. Runs in the browser.
 */
export function measureTypeSizes(no: number): TypeSizes {
  const slide = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  const sizes: { size: number, chars: number, text: string }[] = []
  let smallestLabel = 0
  if (slide) {
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      const parent = node.parentElement
      // checkVisibility looks at ancestors too: a hidden click or a faded list hides its text. The
      // footer and the cover's study links (the site's own buttons, not the lecture) are left out.
      if (!text || !parent || parent.closest('.lecture-footer, .study-links')
        || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
        continue
      }
      const range = document.createRange()
      range.selectNodeContents(node)
      const box = range.getBoundingClientRect()
      // Visually hidden text (for screen readers) is clipped to a pixel or so.
      if (box.width < 2 || box.height < 2)
        continue
      const size = Number.parseFloat(getComputedStyle(parent).fontSize)
      if (parent.closest('.type-label'))
        smallestLabel = smallestLabel ? Math.min(smallestLabel, size) : size
      else
        sizes.push({ size, chars: text.length, text })
    }
  }
  if (!sizes.length)
    return { smallest: 0, median: 0, smallestLabel, smallestText: '' }
  const smallest = sizes.reduce((a, b) => (b.size < a.size ? b : a))
  const bySize = [...sizes].sort((a, b) => a.size - b.size)
  const half = bySize.reduce((sum, s) => sum + s.chars, 0) / 2
  let seen = 0
  const median = bySize.find(s => (seen += s.chars) >= half)!.size
  return { smallest: smallest.size, median, smallestLabel, smallestText: smallest.text.slice(0, 40) }
}
