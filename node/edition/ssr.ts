// The reader edition's renderer (app/edition/render.ts) loaded through Vite's SSR loader, so that the
// slide components (Vue single-file components) render in Node as they do in the deck. Used by the
// edition after Slidev's build, and by the search index's Vite plugin inside it (node/vite/search-index.ts).
import { resolve } from 'node:path'
import process from 'node:process'
import vue from '@vitejs/plugin-vue'
import { createServer } from 'vite'
import { PROJECT_ROOT } from '../deck/deck'

export type EditionRenderer = typeof import('../../app/edition/render')

function restoreNodeEnv(value: string | undefined): void {
  if (value === undefined)
    delete process.env.NODE_ENV
  else
    process.env.NODE_ENV = value
}

/** Runs `use` with a fresh load of the renderer (the components and data/ as they now are on disk). */
export async function withEditionRenderer<T>(use: (renderer: EditionRenderer) => Promise<T>): Promise<T> {
  // Vite sets NODE_ENV=development in this process when it is unset; a `slidev build` started from
  // here afterwards (the bench, `npm run export` building first) would then bundle Vue's development
  // build. It is put back when the server closes.
  const nodeEnv = process.env.NODE_ENV
  const vite = await createServer({
    root: PROJECT_ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [vue()],
    // The map's drawing as the plain module the build's virtual module is made from (as the unit tests do).
    resolve: { alias: { 'virtual:realignment-map': resolve(import.meta.dirname, '../map/geometry.ts') } },
    // No WebSocket: nothing listens, so a dev server running beside the build keeps its port.
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  }).catch((error: unknown) => {
    restoreNodeEnv(nodeEnv)
    throw error
  })
  try {
    return await use(await vite.ssrLoadModule('/app/edition/render.ts') as EditionRenderer)
  }
  finally {
    await vite.close()
    restoreNodeEnv(nodeEnv)
  }
}
