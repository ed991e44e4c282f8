// Playwright and pdf-lib are CommonJS packages, and the commands load them with require(), not import.
// Under tsx (`node --import tsx`), a CommonJS package reached by `import` has each of its own require()
// calls sent through the ESM loader hooks (a round trip to the hooks' thread and an export scan each),
// which makes them slower to load than required.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export function playwright(): typeof import('playwright-chromium') {
  return require('playwright-chromium')
}

export function pdfLib(): typeof import('pdf-lib') {
  return require('pdf-lib')
}
