// Output that survives pipes: each line is written as it is ready, waiting for the pipe to drain when it is
// full, and the process is left to exit on its own (process.exit() would drop what a pipe has not taken).
import { once } from 'node:events';

export async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Runs a command's main and sets the exit code from it; an unexpected error is one line on stderr, not a trace. */
export function run(command: string, main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
      process.stderr.write(`${command}: ${message}\n`);
      process.exitCode = 1;
    },
  );
}
