import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { healthPaths } from '../../bot/run-bot.js';
import { projectRoot } from '../../engine/io/project-paths.js';

const run = promisify(execFile);

/** Whether a tool is on PATH; the linters run where they are installed (CI images differ). */
async function available(tool: string): Promise<boolean> {
  return run('sh', ['-c', `command -v ${tool}`]).then(
    () => true,
    () => false,
  );
}

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(dockerfile: string): { name: string; args: string }[] {
  return dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s+/);
      return { name: name.toUpperCase(), args: rest.join(' ') };
    });
}

describe('deploy/Dockerfile', async () => {
  const dockerfile = await readFile(join(projectRoot, 'deploy/Dockerfile'), 'utf8');
  const all = instructions(dockerfile);
  const runtime = all.slice(all.map((i) => i.name).lastIndexOf('FROM'));

  it('builds on Node 20 slim and installs Debian Chromium in the image that runs', () => {
    expect(runtime[0]?.args).toMatch(/^node:20-[a-z]+-slim$/);
    expect(runtime.find((i) => i.name === 'RUN' && /apt-get install .*\bchromium\b/.test(i.args))).toBeDefined();
    expect(runtime.find((i) => i.name === 'ENV' && /PUPPETEER_EXECUTABLE_PATH=\/usr\/bin\/chromium/.test(i.args))).toBeDefined();
  });

  it('runs as a non-root user with its state on a volume (the root filesystem can be read-only)', () => {
    const user = runtime.filter((i) => i.name === 'USER').at(-1);
    expect(user?.args).toBeDefined();
    expect(user?.args).not.toMatch(/^(root|0)(:|$)/);
    const volume = runtime.find((i) => i.name === 'VOLUME')?.args ?? '';
    const state = /UNSPRAWL_STATE_DIR=(\S+)/.exec(runtime.filter((i) => i.name === 'ENV').map((i) => i.args).join(' '))?.[1];
    expect(state).toBeDefined();
    expect(volume).toContain(state);
    expect(runtime.find((i) => i.name === 'ENV' && /HOME=\/tmp\b/.test(i.args))).toBeDefined();
  });

  it('has a HEALTHCHECK on the bot\'s liveness endpoint and starts `unsprawl bot`', () => {
    expect(runtime.find((i) => i.name === 'HEALTHCHECK')?.args).toContain(healthPaths.live);
    expect(runtime.find((i) => i.name === 'CMD')?.args).toBe('["bot"]');
  });

  it('passes hadolint where it is installed', async () => {
    if (!(await available('hadolint'))) return;
    await expect(run('hadolint', [join(projectRoot, 'deploy/Dockerfile')])).resolves.toBeDefined();
  });
});

describe('deploy/unsprawl-bot.service', async () => {
  const unit = await readFile(join(projectRoot, 'deploy/unsprawl-bot.service'), 'utf8');
  const setting = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(unit)?.[1];

  it('restarts on failure only, as a non-root user, and starts `unsprawl bot`', () => {
    expect(setting('Restart')).toBe('on-failure');
    expect(setting('User')).toBe('unsprawl');
    expect(setting('ExecStart')).toMatch(/bin\/unsprawl\.js bot$/);
    expect(setting('ProtectSystem')).toBe('strict');
    expect(setting('StateDirectory')).toBe('unsprawl');
  });

  it('passes systemd-analyze verify where systemd is installed', async () => {
    if (!(await available('systemd-analyze'))) return;
    // verify wants a unit file name ending in .service; a copy keeps the check off the tree.
    const dir = await mkdtemp(join(tmpdir(), 'unsprawl-unit-'));
    try {
      const copy = join(dir, 'unsprawl-bot.service');
      await copyFile(join(projectRoot, 'deploy/unsprawl-bot.service'), copy);
      const { stderr } = await run('systemd-analyze', ['verify', copy]);
      expect(stderr).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
