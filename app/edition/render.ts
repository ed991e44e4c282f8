// The reader edition (dist/reader/index.html): the whole lecture as plain HTML, rendered at build time
// with Vue's server renderer from the same data and the same slide components as the deck, so no fact
// is written twice. Each slide's Markdown (headings and component tags) is rendered to HTML and compiled
// as a Vue template with the slide components; the editors' context and the references come from
// node/deck/context.ts. Loaded through Vite's SSR loader by node/edition/edition.ts.
import type { App, Component, Directive, VNode } from 'vue'
import type { Reference, SlideContext } from '../../node/deck/context'
import type { Deck, DeckSlide } from '../../node/deck/deck'
import type { EditionReferences } from './references'
import MarkdownIt from 'markdown-it'
import { createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { formatDate } from '../../data/format'
import { lecture } from '../../data/lecture'
import { escapeHtml } from '../html'
import css from './edition.css?raw'
import Edition from './Edition.vue'
import GlossaryPage from './GlossaryPage.vue'
import { linkTerms, termAnchor } from './terms'

const markdown = new MarkdownIt({ html: true, typographer: true })
/** The slide's `# Title` line: the edition sets the title itself. */
const TITLE_LINE = /^#\s+(?:\S.*)?$/m
const DIGITS = /^\d+$/
/** A slide's body in the rendered page: up to its context or its link to the deck (Edition.vue). */
const SLIDE_BODY = /(<div class="slide-body">)([\s\S]*?)(?=<aside class="context"|<p class="to-deck">)/g
/**
 * What the server renderer writes for a browser that takes the page over, and a page without script
 * has no use for: comments (Vue's fragment markers, the components' template comments) and the scope
 * attributes of the components' styles, which the edition does not load.
 */
const RENDERER_MARKUP = /<!--[\s\S]*?-->| data-v-[0-9a-f]{8}(?:="")?(?=[\s/>])/g

/**
 * The deck's own components, every file of components/ as Slidev finds them, so that a new one needs
 * no second registration here. StudyLinks belongs to the deck (it reads the deck's own virtual module);
 * the edition has its own links and draws nothing for it.
 */
const componentFiles = import.meta.glob<{ default: Component }>(['../../components/*.vue', '!../../components/StudyLinks.vue'], { eager: true })

/** What slides.md may use, by tag (its file name). */
export const SLIDE_COMPONENTS: Record<string, Component> = {
  ...Object.fromEntries(Object.entries(componentFiles).map(([path, file]) => [path.replace(/^.*\/|\.vue$/g, ''), file.default])),
  StudyLinks: defineComponent({ render: () => null }),
}

/** Every click revealed: the edition shows each slide at its last state. */
const click: Directive = { getSSRProps: () => ({}) }

export interface EditionDownload {
  label: string
  description: string
  href: string
}

export interface EditionInput {
  deck: Deck
  contexts: SlideContext[]
  references: Reference[]
  downloads: EditionDownload[]
  /** The references in other forms: COinS, GB/T 7714, the files (node/edition/references.ts). */
  referenceFormats?: EditionReferences
  /** The deck's address from the edition's page: `../`. */
  deckHref: string
  /** The fonts for the page's text (its rendered body): @font-face rules, and the files to preload. */
  fonts: (text: string) => Promise<EditionFonts>
}

export interface EditionFonts {
  css: string
  /** Files relative to the page, preloaded so that text is not set twice (layout shift). */
  preload: string[]
}

/** A slide's Markdown as a Vue template: headings one level down (the page's h1 is the lecture's). */
function slideTemplate(content: string): string {
  const html = markdown.render(content)
  return `<div class="slide-body">${html.replace(/<(\/?)h([1-5])\b/g, (_, close: string, level: string) => `<${close}h${Number(level) + 2}`)}</div>`
}

/** An app rendering `render` with what slides.md may use: the slide components, v-click, Slidev's <Link>. */
function slideApp(render: () => VNode, deckSlides: Array<Pick<DeckSlide, 'no' | 'opens'>>): App {
  const app = createSSRApp({ render })
  for (const [name, component] of Object.entries(SLIDE_COMPONENTS))
    app.component(name, component)
  app.directive('click', click)
  // Slidev's <Link to="treaty">: in the edition, the slide's section on this page.
  app.component('Link', defineComponent({
    props: { to: { type: [String, Number], required: true } },
    setup: (props, { slots }) => () => {
      const target = typeof props.to === 'number' || DIGITS.test(String(props.to))
        ? `#slide-${props.to}`
        : `#slide-${deckSlides.find(s => s.opens === props.to)?.no ?? 1}`
      return h('a', { href: target }, slots.default?.())
    },
  }))
  return app
}

/**
 * Each slide rendered as the edition renders it, its title heading included, as HTML: what the slide
 * shows at its last click state, for the search index (node/search/index.ts).
 */
export async function renderSlides(slides: Array<Pick<DeckSlide, 'no' | 'opens' | 'content'>>): Promise<string[]> {
  return Promise.all(slides.map(slide =>
    renderToString(slideApp(() => h(defineComponent({ name: `Slide${slide.no}`, template: slideTemplate(slide.content) })), slides))))
}

export async function renderEdition(input: EditionInput): Promise<string> {
  const slides = input.deck.slides.map((slide, index) => ({
    no: slide.no,
    title: slide.title,
    opens: slide.opens,
    body: defineComponent({ name: `Slide${slide.no}`, template: slideTemplate(slide.content.replace(TITLE_LINE, '')) }),
    context: input.contexts[index]?.html ?? '',
  }))
  const app = slideApp(() => h(Edition, { slides, references: input.references, downloads: input.downloads, deckHref: input.deckHref, referenceFormats: input.referenceFormats }), input.deck.slides)
  // The first mention of each glossary term on a slide links to its entry in the glossary.
  const body = (await renderToString(app)).replace(SLIDE_BODY, (_, open: string, inner: string) => open + linkTerms(inner, id => `#${termAnchor(id)}`).html)
  const description = `${lecture.lecturer}, ${lecture.institution}, ${formatDate(lecture.date)}: the lecture slide by slide, with context and references by the deck’s editors.`
  return htmlPage(`${lecture.title}: reader edition`, description, body, input)
}

/** The page around a body: the edition's head, the fonts for its text, and styles. */
async function htmlPage(title: string, description: string, body: string, input: Pick<EditionInput, 'deckHref' | 'fonts'>): Promise<string> {
  const text = body.replace(RENDERER_MARKUP, '')
  const fonts = await input.fonts(text)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<link rel="icon" href="${input.deckHref}favicon.svg" type="image/svg+xml">
${fonts.preload.map(file => `<link rel="preload" href="${escapeHtml(file)}" as="font" type="font/woff2" crossorigin>`).join('\n')}
<style>
${fonts.css}
${css}</style>
</head>
<body>
${text}
</body>
</html>
`
}

/**
 * The glossary as a page of its own in the site (beside the reader edition, with its fonts and
 * styles): the same section as in the edition, under a heading that leads back to the edition and the deck.
 */
export async function renderGlossaryPage(input: Pick<EditionInput, 'deckHref' | 'fonts'> & { editionHref: string }): Promise<string> {
  const app = createSSRApp({ render: () => h(GlossaryPage, { deckHref: input.deckHref, editionHref: input.editionHref }) })
  const body = await renderToString(app)
  return htmlPage(`${lecture.title}: glossary`, `The names of the lecture in English, Japanese and Chinese, with whose rendering each is and where it was read: a glossary by the deck’s editors.`, body, input)
}
