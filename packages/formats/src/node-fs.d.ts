// The slice of node:fs that tests use to read the shared datasets beside the repository
// (../shared/data). Declared here because formats compiles with `types: []`; code under src may
// not import it (Biome's noNodejsModules), only tests do, each with a biome-ignore saying so.
declare module "node:fs" {
  export function existsSync(path: string): boolean;
  export function readFileSync(path: string): Uint8Array;
  export function readdirSync(path: string): string[];
}
