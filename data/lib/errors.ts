/**
 * A data problem found by the build. The CLI prints only the message (one line, naming the
 * file, the row and the problem) and exits with code 1: no stack trace.
 */
export class DataError extends Error {
  override name = 'DataError';
}

export function fail(message: string): never {
  throw new DataError(message);
}
