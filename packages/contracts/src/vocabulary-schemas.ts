/** zod schemas of the closed vocabularies, for the DTOs that use them. */
import { z } from "zod";
import { apiScopes, recordStatuses, recordTypes, roleNames } from "./knowledge-vocabulary.ts";

export const recordTypeSchema = z.enum(recordTypes);
export const recordStatusSchema = z.enum(recordStatuses);
export const roleSchema = z.enum(roleNames);
export const apiScopeSchema = z.enum(apiScopes);
