#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: register tsx's loader, then start the CLI from source.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
