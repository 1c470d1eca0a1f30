/** Opening failed; nothing was deleted or overwritten. `backupToRestore` names the newest valid copy. */
export class DatabaseOpenError extends Error {
  constructor(
    message: string,
    readonly backupToRestore: string | null,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
