// The virtual module made by node/vite/site-address.ts from node/deck/site-address.ts: where the built site
// is published, and the QR code to its reader edition (null without `--site-url`).
declare module 'virtual:lecture-site' {
  export const site: { site: string, edition: string, svg: string } | null
}
