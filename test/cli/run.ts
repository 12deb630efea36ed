// Runs a CLI command as a user would, through a shell, so that pipes are real pipes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface Ran {
  stdout: string;
  stderr: string;
  status: number | null;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `tsx cli/<command>.ts ARGS [| pipe]`; the exit status is the command's own, not the pipe's last. */
export function runCli(command: string, args: string[], pipe = ''): Ran {
  const line = `${quote(TSX)} ${quote(join(ROOT, 'cli', `${command}.ts`))} ${args.map(quote).join(' ')}`;
  const script = pipe ? `${line} | ${pipe}; exit \${PIPESTATUS[0]}` : line;
  const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
