/** The real bundled baseline's location, for tests that load it (it is committed in the repository). */
import { fileURLToPath } from "node:url";

export const bundledBaselineDir = fileURLToPath(new URL("../../../../data/baseline", import.meta.url));

/** The bundled knowledge base (taxonomy and seed records). */
export const bundledKnowledgeDir = fileURLToPath(new URL("../../../../data/knowledge", import.meta.url));
