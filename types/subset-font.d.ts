// subset-font (harfbuzz's subsetter, compiled to WebAssembly) ships no types.
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype' }): Promise<Buffer>
}
