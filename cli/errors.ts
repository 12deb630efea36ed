// What went wrong with one file, in a few words for stderr: never a stack trace, never "cannot read" for all.
import { ShapeError } from '../core/shapes/errors';

const SYSTEM: Record<string, string> = {
  ENOENT: 'not found',
  ENOTDIR: 'not found (a part of its path is not a folder)',
  EISDIR: 'a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

export function causeOf(e: unknown): string {
  if (e instanceof ShapeError) return `${e.reason}: ${e.message}`;
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === 'string' ? err.code : '';
  if (code in SYSTEM) return SYSTEM[code];
  const message = typeof err?.message === 'string' ? err.message : String(e);
  return message.split('\n')[0] || 'failed';
}

/** One failure line: `extract: FILE: cause`. */
export function reportFailure(command: string, file: string, e: unknown): void {
  process.stderr.write(`${command}: ${file}: ${causeOf(e)}\n`);
}
