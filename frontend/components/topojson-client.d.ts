// topojson-client ships no type declarations; Coopera uses only feature(topology, object).
declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): unknown;
}
