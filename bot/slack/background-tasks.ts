export interface BackgroundTasks {
  /** Starts work that must not hold up Slack's acknowledgement; failures go to `onError`. */
  run(task: () => Promise<void>): void;
  /** Resolves when every started task has finished (shutdown, tests). */
  idle(): Promise<void>;
}

/**
 * Long work (rendering a PDF, uploading it) runs after the acknowledgement and off the
 * listener, so Slack gets its answer within 3 seconds and a Socket Mode connection is never
 * held by a slow handler. Tasks are tracked so the process can finish them before exiting.
 */
export function createBackgroundTasks(onError: (error: unknown) => void): BackgroundTasks {
  const running = new Set<Promise<void>>();
  return {
    run(task) {
      const promise = Promise.resolve()
        .then(task)
        .catch(onError)
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
