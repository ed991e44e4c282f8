// Under `npm run dev -- --remote <password>`: the address the audience opens on the hall's network,
// printed without the password. Slidev prints only its remote-control addresses, each with the
// presenter's password in it (and its `c` shortcut draws them as a QR code), which must not reach a
// phone or a projected terminal.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { networkInterfaces } from 'node:os'
import process from 'node:process'

/** The IPv4 addresses the server can be reached at from the hall: the one it is bound to, or every outward one. */
export function audienceHosts(bound: string | boolean | undefined, interfaces = networkInterfaces()): string[] {
  if (typeof bound === 'string' && bound !== '0.0.0.0' && bound !== '::')
    return [bound]
  return Object.values(interfaces).flatMap(list => (list ?? []).filter(i => i.family === 'IPv4' && !i.internal).map(i => i.address))
}

export function audienceAddress(options: ResolvedSlidevOptions): Plugin {
  return {
    name: 'lecture:audience-address',
    apply: 'serve',
    configureServer(server) {
      if (options.remote === undefined)
        return
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address()
        const port = typeof address === 'object' && address ? address.port : server.config.server.port
        const hosts = audienceHosts(server.config.server.host)
        const lines = hosts.length > 0
          ? hosts.map(host => `  Audience (phones on the hall's network): http://${host}:${port}${server.config.base}`)
          : ['  Audience: this laptop has no network address yet; join the hall\'s network and restart.']
        // After Slidev's own banner, which it prints once the server listens.
        setTimeout(() => process.stdout.write(`\n${lines.join('\n')}\n  (The presenter's password is in the addresses Slidev prints above: do not show them to the room.)\n\n`), 300)
      })
    },
  }
}
