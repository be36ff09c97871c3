/** Progress of long work: the CLI binds it to a bar, the server to logs; use cases know neither. */
export type ProgressCallback = (done: number, total: number, label: string) => void;
