import type { RoleName, User } from "@circular-atlas/contracts";
import type { UserRow } from "@circular-atlas/database";

export function toUserDto(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as RoleName,
    countries: row.countries,
    hasPassword: row.passwordHash !== null,
    lockedUntil: row.lockedUntil,
    disabled: row.disabledAt !== null,
  };
}
