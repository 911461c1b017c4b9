// Storage failures in words a reader can act on. IndexedDB reports quota, a blocked upgrade or a
// private-mode refusal with terse DOMException names; the popup shows these messages instead.

export class StorageError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'StorageError';
  }
}

const MESSAGES: Record<string, string> = {
  QuotaExceededError:
    'Your browser refused to store more data (storage is full). Nothing was saved; delete old coverage in the library or free disk space, then try again.',
  DatabaseClosedError: 'The library could not be opened. Close other Triangulate pages and try again.',
  VersionError: 'The library was written by a newer version of Triangulate. Update the extension to open it.',
  InvalidStateError: 'This browser does not allow storing data here (private mode?). Nothing was saved.',
};

/**
 * Wrap any failure from a database call so the reader gets a clear message and nothing half-saved.
 * `action` names what failed ("Saving", "Deleting", "Importing") in the message of an unknown error.
 */
export function toStorageError(error: unknown, action = 'Saving'): StorageError {
  if (error instanceof StorageError) return error;
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  const known = names.find((name) => name && MESSAGES[name]);
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(MESSAGES[known ?? ''] ?? `${action} failed: ${detail}. Nothing was changed.`, error);
}

/** The library changed under the reader (another window deleted or merged something). */
export function notInLibrary(what: string): StorageError {
  return new StorageError(`${what} is no longer in the library. Reload the library and try again.`, undefined);
}
