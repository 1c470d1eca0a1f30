import type { ApiErrorBody, ErrorCode } from '../contract';

/** A failure meant for the user: its message is Indonesian and safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.fieldErrors) body.fieldErrors = this.fieldErrors;
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

export const fieldError = (field: string, message: string) =>
  new AppError('VALIDATION', message, { [field]: message });

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} tidak ditemukan`);

export const forbidden = (message = 'Anda tidak berwenang melakukan tindakan ini') =>
  new AppError('FORBIDDEN', message);
