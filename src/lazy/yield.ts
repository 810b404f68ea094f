interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task and resumes in a new one, so the browser can handle a tap or paint between
 * chunks of start-up work instead of being blocked for the whole of it. `scheduler.yield()` resumes
 * ahead of other queued work where the browser has it; elsewhere a zero timeout does.
 */
export function yieldToMain(scheduler: Scheduler | undefined = (globalThis as { scheduler?: Scheduler }).scheduler): Promise<void> {
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
