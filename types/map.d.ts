// The virtual module made by app/map/plugin.ts at build time: the realignment map's drawing.
declare module 'virtual:realignment-map' {
  export const geometry: import('../app/node/map').MapGeometry
}
