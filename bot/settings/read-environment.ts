import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'dotenv';

export interface ReadEnvironmentOptions {
  /** The process environment (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  /** A .env file to read; when absent, `.env` in the working directory is read if it exists. */
  envFile?: string;
  cwd?: string;
}

/**
 * The variables the bot is configured with: an optional .env file overlaid by the real
 * environment, so a value set by the service manager always wins over one left in a file.
 * The process environment is never modified.
 */
export function readEnvironment(options: ReadEnvironmentOptions = {}): Record<string, string> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const file = options.envFile !== undefined ? resolve(cwd, options.envFile) : resolve(cwd, '.env');
  if (options.envFile !== undefined && !existsSync(file)) {
    throw new Error(`the settings file ${file} does not exist`);
  }
  const fromFile = existsSync(file) ? parse(readFileSync(file)) : {};
  const merged: Record<string, string> = { ...fromFile };
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
