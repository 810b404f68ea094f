import { describe, expect, it } from 'vitest';
import type { Clock } from '../../state/clock';
import { createPlayer } from './player';

function fakeClock() {
  const queue: (() => void)[] = [];
  const clock: Clock = {
    set: (callback) => (queue.push(callback), callback),
    clear: (handle) => {
      const i = queue.indexOf(handle as () => void);
      if (i >= 0) queue.splice(i, 1);
    },
  };
  return { clock, advance: () => queue.shift()?.(), pending: () => queue.length };
}

function setup(start: string, periods = ['2014-15', '2015-16', '2016-17']) {
  let current = start;
  const steps: string[] = [];
  const changes: boolean[] = [];
  const fake = fakeClock();
  const player = createPlayer({ periods: () => periods, current: () => current, step: (p) => { current = p; steps.push(p); }, playingChanged: (p) => changes.push(p) }, fake.clock);
  return { player, steps, changes, fake };
}

describe('createPlayer', () => {
  it('steps one period per tick and stops at the last', () => {
    const { player, steps, changes, fake } = setup('2014-15');
    player.play();
    expect(player.playing()).toBe(true);
    fake.advance();
    fake.advance();
    expect(steps).toEqual(['2015-16', '2016-17']);
    expect(player.playing()).toBe(false);
    expect(fake.pending()).toBe(0);
    expect(changes).toEqual([true, false]);
  });
  it('starts again from the first period when played at the last', () => {
    const { player, steps } = setup('2016-17');
    player.play();
    expect(steps).toEqual(['2014-15']);
  });
  it('pauses where it is and does nothing for a single period', () => {
    const { player, steps, fake } = setup('2014-15');
    player.toggle();
    fake.advance();
    player.toggle();
    expect(fake.pending()).toBe(0);
    expect(steps).toEqual(['2015-16']);
    const single = setup('2015', ['2015']);
    single.player.play();
    expect(single.player.playing()).toBe(false);
  });
});
