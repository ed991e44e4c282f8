import { readFileSync } from 'node:fs'
import { readPdf } from './pdf/read'
const f = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)))
const show = (e: any[], d = 0): void => e.forEach((x) => { console.log(`${' '.repeat(d * 2)}${x.title} -> ${x.page + 1}`); show(x.children, d + 1) })
show(f.outline)
console.log(f.pages.map((p, i) => `${i + 1}: ${p.links.map(l => l.uri ?? `->${(l.toPage ?? -9) + 1}`).join(' ')} | ${p.links.map(l => l.description).join(' / ').slice(0, 200)}`).join('\n'))
console.log(f.pages.map((p, i) => `${i + 1}: ${p.tags.filter(t => /^H\d|Figure|BlockQuote/.test(t.role)).map(t => `${t.role}:${t.text.slice(0, 40)}${t.alt ? ` alt=${t.alt.slice(0, 50)}` : ''}`).join(' | ')}`).join('\n'))
