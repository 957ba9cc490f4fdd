export interface BackgroundTasks {
  /** Queues work that must not hold up Slack's acknowledgement; failures go to `onError`. */
  run(task: () => Promise<void>): void;
  /** Resolves when every queued and started task has finished (shutdown, tests). */
  idle(): Promise<void>;
}

/**
 * Long work (the engine behind an answer, rendering a PDF, uploading it) runs after the
 * acknowledgement and off the listener. The engine is CPU-bound and shares the event loop with
 * the HTTP server and the Socket Mode connection, so tasks are started one per turn of the
 * event loop (setImmediate), at most `concurrency` at a time: incoming requests are read and
 * acknowledged between two engine runs, never queued behind all of them.
 */
export function createBackgroundTasks(onError: (error: unknown) => void, concurrency = 4): BackgroundTasks {
  const queue: (() => Promise<void>)[] = [];
  const running = new Set<Promise<void>>();
  let scheduled = false;

  const schedule = () => {
    if (scheduled || queue.length === 0 || running.size >= concurrency) return;
    scheduled = true;
    setImmediate(startOne);
  };

  function startOne(): void {
    scheduled = false;
    const task = queue.shift();
    if (task === undefined) return;
    const promise: Promise<void> = Promise.resolve()
      .then(task)
      .catch(onError)
      .finally(() => {
        running.delete(promise);
        schedule();
      });
    running.add(promise);
    schedule();
  }

  return {
    run(task) {
      queue.push(task);
      schedule();
    },
    async idle() {
      while (queue.length > 0 || running.size > 0) {
        if (running.size > 0) await Promise.allSettled([...running]);
        else await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
