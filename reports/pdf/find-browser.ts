import { accessSync, constants } from 'node:fs';

/** Where a system Chromium is looked for, in order, after PUPPETEER_EXECUTABLE_PATH. */
export const browserCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const;

/**
 * The Chromium to print with. Puppeteer's own download is switched off (.puppeteerrc.cjs): NHS
 * networks rarely allow it, and a system browser is patched by the OS.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, fallbacks: readonly string[] = browserCandidates): string {
  const configured = env.PUPPETEER_EXECUTABLE_PATH?.trim();
  const candidates = configured ? [configured, ...fallbacks] : [...fallbacks];
  for (const path of candidates) {
    if (isExecutable(path)) return path;
  }
  throw new Error(
    `no Chromium found to make the PDF: looked at ${configured ? `PUPPETEER_EXECUTABLE_PATH (${configured}), ` : 'PUPPETEER_EXECUTABLE_PATH (not set), '}` +
      `${fallbacks.join(', ')}. Install Chromium (Debian: apt-get install chromium) or set ` +
      'PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary, or ask for --format html only.',
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
