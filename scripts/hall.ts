// `npm run hall -- --password <pw>`: the lecture hall on the lecturer's laptop. Builds the site when it
// is missing or stale, then serves it with the hall's channel (node/hall/server.ts) on every network
// interface, and prints the addresses: the phones', the projector's and the presenter's.
import { networkInterfaces } from 'node:os'
import process from 'node:process'
import { ensureSite } from '../node/build/build'
import { readDeck } from '../node/deck/deck'
import { ReportedError, UsageError } from '../node/errors'
import { startHallServer } from '../node/hall/server'
import { parseOptions, wholeNumber } from './args'

const USAGE = 'npm run hall -- --password <password> [--port 3030] [--host <address phones use>] [--bind <address to listen on>]'

/** The laptop's first IPv4 address on a network (not loopback): where phones in the hall reach it. */
function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find(a => a.family === 'IPv4' && !a.internal)
    if (found)
      return found.address
  }
  return undefined
}

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv, {
    password: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    bind: { type: 'string' },
  }, USAGE)
  if (!options.password || options.password.length < 4)
    throw new UsageError(`--password is required, at least 4 characters: it is the only authority in the hall. Usage: ${USAGE}`)
  const port = wholeNumber('port', options.port, { min: 1, max: 65535 }, USAGE) ?? 3030
  const host = options.host ?? lanAddress()
  if (!host)
    console.warn('No network found besides this computer: phones cannot join until the laptop is on the hall\'s network (or give --host).')
  const joinUrl = `http://${host ?? 'localhost'}:${port}/`
  const root = await ensureSite({ log: console.log })
  const deck = await readDeck()
  const server = await startHallServer({ root, password: options.password, slides: deck.slides.map(s => s.title), joinUrl, port, host: options.bind ?? '0.0.0.0' })
  console.log(`The hall is open (Ctrl+C closes it; what the hall asked and answered is lost then: save it from the presenter's panel first).
  Phones:     ${joinUrl}   (the QR code on the cover and on the projector leads there)
  Projector:  http://localhost:${server.port}/?projector
  Presenter:  http://localhost:${server.port}/#/presenter/1?password=<your password>`)
}

try {
  await main(process.argv.slice(2))
}
catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  console.error(error instanceof ReportedError ? error.message : code === 'EADDRINUSE' ? `The port is in use: give another with --port. Usage: ${USAGE}` : error)
  process.exit(1)
}
