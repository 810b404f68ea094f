import { describe, expect, it } from 'vitest';
import { yieldToMain } from './yield';

describe('yieldToMain', () => {
  it('resumes in a later task: a timer queued before it has run', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await Promise.resolve();
    expect(ran).toBe(false);
    await yieldToMain(undefined);
    expect(ran).toBe(true);
  });

  it("uses the browser's scheduler.yield() when there is one", async () => {
    let calls = 0;
    await yieldToMain({ yield: () => ((calls += 1), Promise.resolve()) });
    expect(calls).toBe(1);
  });
});
