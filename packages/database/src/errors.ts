/**
 * Database failures translated once, at this boundary, into errors the faces understand
 * (STYLE.md §6). Driver messages stay in `cause` for logs; they never reach users.
 */

export class DatabaseError extends Error {
  readonly code:
    | "database/in-use"
    | "database/newer-than-app"
    | "database/unreachable"
    | "database/restore-invalid";
  constructor(code: DatabaseError["code"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseError";
    this.code = code;
  }
}
