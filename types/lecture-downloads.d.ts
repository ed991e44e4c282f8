// The virtual module made by node/vite/downloads.ts: the PDFs that the built site carries.
declare module 'virtual:lecture-downloads' {
  export interface SiteDownload {
    file: string
    label: string
    description: string
    /** Relative to the site's index.html. */
    href: string
  }
  export const downloads: SiteDownload[]
}
