import type { ApiErrorBody, ErrorCode } from '../contract';

/** A failure meant for the user: its message is Indonesian and safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message };
  }
}

export const fieldError = (field: string, message: string) =>
  new AppError('VALIDATION', message, { [field]: message });

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} tidak ditemukan`);

export const forbidden = (message = 'Anda tidak berwenang melakukan tindakan ini') =>
  new AppError('FORBIDDEN', message);
