// @vitest-environment node
// The preview server (node/serve.ts) on a small temporary site under /lecture/: what it answers to bad
// addresses, traversal, missing files and routes, and its cache and compression headers. Requests go
// through node:http, which sends the path as written (fetch would resolve `..` before sending).
import type { StaticServer } from '../../node/serve'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../node/serve'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

const INDEX = '<!doctype html><title>deck</title><p>the deck</p>'
const ASSET = `export const text = '${'the deck says this '.repeat(200)}'\n`

let server: StaticServer
let siteRoot: string
let outside: string

function get(path: string, options: { method?: string, headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', chunk => chunks.push(chunk))
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', fail)
    req.end()
  })
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-test-'))
  const root = join(dir, 'site')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), INDEX)
  writeFileSync(join(root, 'assets', 'index-Ab12Cd.js'), ASSET)
  writeFileSync(join(root, '.secret'), 'hidden')
  mkdirSync(join(root, 'handout'))
  writeFileSync(join(root, 'handout', 'index.html'), '<p>the handout</p>')
  // A file next to the root, which no address may reach.
  outside = 'outside the root'
  writeFileSync(join(dir, 'secret.txt'), outside)
  server = await serveStatic(root, { base: '/lecture/' })
  siteRoot = root
})

afterAll(async () => {
  await server?.close()
})

describe('serveStatic', () => {
  it('serves under the base and says where', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/lecture/`)
    const reply = await get('/lecture/')
    expect(reply.status).toBe(200)
    expect(reply.body.toString()).toBe(INDEX)
    expect((await get('/lecture/assets/index-Ab12Cd.js')).body.toString()).toBe(ASSET)
    expect((await get('/assets/index-Ab12Cd.js')).status).toBe(404)
    expect(await get('/lecture')).toMatchObject({ status: 301, headers: { location: '/lecture/' } })
  })

  it('answers a folder of the site with and without its slash, as static hosts do (its page loads its fonts relative to it)', async () => {
    expect((await get('/lecture/handout/')).body.toString()).toBe('<p>the handout</p>')
    expect(await get('/lecture/handout')).toMatchObject({ status: 301, headers: { location: '/lecture/handout/' } })
    expect(await get('/lecture/handout?per-page=3')).toMatchObject({ status: 301, headers: { location: '/lecture/handout/?per-page=3' } })
    // A route of the deck that is no folder still gets the deck.
    expect((await get('/lecture/presenter')).body.toString()).toBe(INDEX)
  })

  it('answers a malformed address with 400 and keeps running', async () => {
    expect((await get('/lecture/%E0%A4%A')).status).toBe(400)
    expect((await get('/%E0%A4%A')).status).toBe(400)
    const after = await get('/lecture/')
    expect(after.status).toBe(200)
    expect(after.body.toString()).toBe(INDEX)
  })

  it('never serves a file outside the root', async () => {
    for (const path of ['/lecture/../secret.txt', '/lecture/%2e%2e/secret.txt', '/lecture/..%2fsecret.txt', '/lecture/..%5csecret.txt', '/../etc/passwd', '/lecture/%2e%2e/%2e%2e/%2e%2e/etc/passwd']) {
      const reply = await get(path)
      expect([400, 404], path).toContain(reply.status)
      expect(reply.body.toString()).not.toContain(outside)
    }
    expect((await get('/lecture/.secret')).status).toBe(404)
  })

  it('answers HEAD with the headers and no body', async () => {
    const reply = await get('/lecture/assets/index-Ab12Cd.js', { method: 'HEAD' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/javascript/)
    expect(reply.body.length).toBe(0)
    expect((await get('/lecture/', { method: 'POST' })).status).toBe(405)
  })

  it('gives 404 for a missing file, and the deck for routes only', async () => {
    expect((await get('/lecture/assets/no-such-file.js')).status).toBe(404)
    expect((await get('/lecture/no-such-page.html')).status).toBe(404)
    for (const route of ['/lecture/reader', '/lecture/presenter/1?clicks=2', '/lecture/index.html']) {
      const reply = await get(route)
      expect(reply.status, route).toBe(200)
      expect(reply.body.toString()).toBe(INDEX)
    }
  })

  it('lets browsers keep hashed assets, and revalidate the page', async () => {
    expect((await get('/lecture/assets/index-Ab12Cd.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const page = await get('/lecture/')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect((await get('/lecture/reader')).headers['cache-control']).toBe('no-cache')
    expect((await get('/lecture/', { headers: { 'if-none-match': String(page.headers.etag) } })).status).toBe(304)
  })

  it('compresses text when the browser accepts gzip', async () => {
    const reply = await get('/lecture/assets/index-Ab12Cd.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-encoding']).toBe('gzip')
    expect(reply.body.length).toBeLessThan(ASSET.length / 10)
    expect(gunzipSync(reply.body).toString()).toBe(ASSET)
    expect((await get('/lecture/assets/index-Ab12Cd.js', { headers: { 'accept-encoding': 'br, gzip' } })).headers['content-encoding']).toBe('br')
    expect((await get('/lecture/assets/index-Ab12Cd.js')).headers['content-encoding']).toBeUndefined()
  })

  it('sends the files as they are when told not to compress (the printers\' server)', async () => {
    const plain = await serveStatic(siteRoot, { compress: false })
    try {
      const reply = await new Promise<{ encoding?: string, length: number }>((done, fail) => {
        request({ host: '127.0.0.1', port: plain.port, path: '/assets/index-Ab12Cd.js', headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
          let length = 0
          res.on('data', (chunk: Buffer) => length += chunk.length)
          res.on('end', () => done({ encoding: res.headers['content-encoding'], length }))
        }).on('error', fail).setTimeout(5000, () => fail(new Error('no answer in 5 s'))).end()
      })
      expect(reply).toEqual({ encoding: undefined, length: ASSET.length })
    }
    finally {
      await plain.close()
    }
  })
})
