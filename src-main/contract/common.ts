import { z } from 'zod';

export const ROLES = ['province_admin', 'admin', 'head', 'caregiver', 'finance'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Who may call a channel: nobody needs a session for `public`; `any` is every signed-in role. */
export type Access = 'public' | 'any' | readonly Role[];

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DB_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string>;
  /** Structured facts for the UI, e.g. the existing record a duplicate points to. */
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const Id = z.number().int().positive();
export const NoInput = z.object({}).strict().optional();

export const trimmed = (label: string, max = 200) =>
  z
    .string({ error: `${label} wajib diisi` })
    .trim()
    .min(1, `${label} wajib diisi`)
    .max(max, `${label} paling banyak ${max} karakter`);

/** Optional free text: empty, null or absent all become null (so an update can clear a field). */
export const optionalText = (label: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling banyak ${max} karakter`)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Type-only marker for the value the channel returns. */
  output?: O;
}

/** `channel<Output>()(inputSchema, access)`: the output type is named, the input type inferred. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I, access: Access): ChannelDef<I, O> => ({ input, access });
}
