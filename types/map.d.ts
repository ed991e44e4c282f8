// The virtual module made by node/vite/realignment-map.ts at build time: the realignment map's drawing.
declare module 'virtual:realignment-map' {
  export const geometry: import('../node/map/draw').MapGeometry
}
