/** The `atlas` command line, for embedding and tests. */
export { createProgram, main } from "./main.ts";
