import { CommanderError } from 'commander';
import { UnsprawlError, InputError } from '../engine/errors.js';
import { StoreError } from '../store/store-error.js';
import { terminalSafe } from './terminal-safe.js';

/** What a file-system error means to someone who typed the path. */
const fileProblems: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a file is in the way where a folder is expected',
  EISDIR: 'is a folder, expected a file',
  EEXIST: 'a file is in the way where a folder is expected',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the path is too long',
};

/**
 * Turns any error reaching the top of a command into one message for people and an exit code:
 * 2 for anything the user can fix (files, flags, settings, the history store), 1 only for a bug
 * in unsprawl, which is the one case that prints a stack trace and asks to be reported.
 */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  const say = (text: string) => stderr.write(`${terminalSafe(text)}\n`);
  if (error instanceof InputError) {
    say(`unsprawl: ${error.problems.length} problem(s) in the input:\n${error.message}`);
    return 2;
  }
  if (error instanceof UnsprawlError || error instanceof StoreError) {
    say(`unsprawl: ${error.message}`);
    return 2;
  }
  if (error instanceof CommanderError) {
    // commander has already printed its own one-line message (and the help it was asked for).
    return error.exitCode === 0 ? 0 : 2;
  }
  const errno = error as NodeJS.ErrnoException;
  if (errno instanceof Error && typeof errno.code === 'string' && typeof errno.path === 'string' && errno.code in fileProblems) {
    say(`unsprawl: ${errno.path}: ${fileProblems[errno.code]} (${errno.code})`);
    return 2;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  say(`unsprawl: unexpected error (a bug in unsprawl; please report it with the lines below):\n${message}`);
  return 1;
}
