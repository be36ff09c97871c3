/** Accounts, sessions and API tokens as they cross the wire. Secrets only ever travel inward. */
import { z } from "zod";
import { apiScopeSchema, roleSchema } from "./vocabulary-schemas.ts";

export const emailSchema = z
  .string()
  .trim()
  .max(254, "at most 254 characters")
  .email("must be an e-mail address")
  .transform((email) => email.toLowerCase());

/** Long passwords beat complex ones (NIST SP 800-63B §5.1.1); the cap bounds hashing work. */
export const passwordSchema = z
  .string()
  .min(12, "must have at least 12 characters")
  .max(256, "must have at most 256 characters");

export const userSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    displayName: z.string(),
    role: roleSchema,
    countries: z.array(z.string()),
    hasPassword: z.boolean(),
    lockedUntil: z.string().nullable(),
    disabled: z.boolean(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z
  .object({
    user: userSchema.nullable(),
    /** Send it back as `x-csrf-token` on every write made with the session cookie. */
    csrfToken: z.string().nullable(),
    /** True while no administrator exists: the first-run page may create one. */
    setupOpen: z.boolean(),
  })
  .meta({ id: "Session" });
export type Session = z.infer<typeof sessionSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "must not be empty").max(256, "must have at most 256 characters"),
});

export const setupRequestSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().max(200).default(""),
  password: passwordSchema,
});

export const passwordResetRequestSchema = z.object({
  token: z.string().min(10).max(200),
  password: passwordSchema,
});

export const createUserRequestSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().max(200).default(""),
  role: roleSchema,
  countries: z
    .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code"))
    .max(10)
    .default([]),
});

export const updateUserRequestSchema = z.object({
  role: roleSchema.optional(),
  countries: z
    .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code"))
    .max(10)
    .optional(),
  disabled: z.boolean().optional(),
});

export const createdUserSchema = z
  .object({
    user: userSchema,
    /** One-time token with which the user sets a password; shown once. */
    passwordToken: z.string(),
  })
  .meta({ id: "CreatedUser" });

export const apiTokenRequestSchema = z.object({
  name: z.string().trim().max(100).default(""),
  scopes: z.array(apiScopeSchema).min(1, "must name at least one scope"),
});

export const apiTokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(apiScopeSchema),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revoked: z.boolean(),
  })
  .meta({ id: "ApiToken" });
export type ApiTokenDto = z.infer<typeof apiTokenSchema>;

export const createdApiTokenSchema = z
  .object({
    token: apiTokenSchema,
    secret: z.string().describe("Send as `Authorization: Bearer <secret>`; shown once."),
  })
  .meta({ id: "CreatedApiToken" });
