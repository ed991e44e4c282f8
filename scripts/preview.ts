// `npm run preview`: the built deck (dist/) on http://127.0.0.1:4173/ (PORT and BASE change the port and
// the base path), served by node/serve.ts.
import process from 'node:process'
import { serveStatic } from '../node/serve'

const port = Number(process.env.PORT ?? 4173)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`)
  process.exit(1)
}
try {
  const server = await serveStatic('dist', { port, base: process.env.BASE ?? '/' })
  console.log(`The built deck is at ${server.url} (Ctrl+C stops it).`)
}
catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one (PORT=4174 npm run preview).` : (error as Error).message)
  process.exit(1)
}
