// What a slide of slides.md is made of, as the PowerPoint writer reads it: its `# Title`, the section
// number of a divider, and the slide components it uses with their attributes (`<OutlineList
// id="background" reveal />`). Anything else on a slide is refused with its slide number, so that a
// slide the writer cannot lay out stops the export instead of going missing from the file.
import type { DeckSlide } from '../deck/deck'

export interface ComponentUse {
  name: string
  attrs: Record<string, string | true>
}

export interface SlideContent {
  components: ComponentUse[]
}

const TITLE = /^#\s+(?:\S.*)?$/gm
const SECTION_NUMBER = /<div class="section-number">\s*\d+\s*<\/div>/g
const COMPONENT = /<([A-Z]\w*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/>/g
const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/g

export function slideContent(slide: DeckSlide): SlideContent {
  const components: ComponentUse[] = []
  const rest = slide.content
    .replace(TITLE, '')
    .replace(SECTION_NUMBER, '')
    .replace(COMPONENT, (_, name: string, attrs: string) => {
      components.push({ name, attrs: Object.fromEntries([...attrs.matchAll(ATTRIBUTE)].map(([, key, value]) => [key!, value ?? true])) })
      return ''
    })
    .trim()
  if (rest)
    throw new Error(`Slide ${slide.no} ("${slide.title}") has content the PowerPoint writer cannot lay out: "${rest.slice(0, 80)}". Use a slide component, or teach node/pptx/layouts.ts this content.`)
  return { components }
}
