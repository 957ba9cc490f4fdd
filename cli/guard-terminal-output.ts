import { terminalSafe } from './terminal-safe.js';

/**
 * Makes every string written to `stream` pass through {@link terminalSafe}, so no command (and
 * no warning naming a server) can print a control sequence taken from input data. Bytes written
 * as Buffers pass unchanged: only text is data shown to a person.
 *
 * @example guardTerminalOutput(process.stdout); guardTerminalOutput(process.stderr);
 */
export function guardTerminalOutput(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest)) as typeof stream.write;
}
