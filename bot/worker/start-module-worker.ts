import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts the worker module `name` that sits beside the caller (`callerUrl`, its import.meta.url)
 * in both layouts: compiled (.js, the installed CLI) directly; from the TypeScript sources (tsx,
 * vitest) through tsx's loader, registered inside the worker, which does not inherit it.
 *
 * @example startModuleWorker(import.meta.url, 'summary-worker', data)
 */
export function startModuleWorker(callerUrl: string, name: string, workerData: unknown, options: { resourceLimits?: ResourceLimits } = {}): Worker {
  const compiled = callerUrl.endsWith('.js');
  const entry = new URL(`./${name}.${compiled ? 'js' : 'ts'}`, callerUrl);
  if (compiled) return new Worker(entry, { workerData, ...options });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, ...options });
}
