import { windowClock, type Clock } from '../../state/clock';

/** What the player needs from the page: the periods in order, the current one, and how to step. */
export interface PlayerHost {
  periods(): readonly string[];
  current(): string;
  step(period: string): void;
  /** Called when playing starts or stops. */
  playingChanged(playing: boolean): void;
}

export const STEP_MS = 1000;

/**
 * Steps through the periods one per interval and stops at the last. Play from the last period starts
 * again at the first, so the button always does something visible.
 */
export function createPlayer(host: PlayerHost, clock: Clock = windowClock, interval = STEP_MS) {
  let handle: unknown = null;
  const playing = () => handle !== null;
  const stop = () => {
    if (handle === null) return;
    clock.clear(handle);
    handle = null;
    host.playingChanged(false);
  };
  const tick = () => {
    const periods = host.periods();
    const next = periods[periods.indexOf(host.current()) + 1];
    if (next === undefined) return stop();
    host.step(next);
    if (next === periods[periods.length - 1]) stop();
    else handle = clock.set(tick, interval);
  };
  const play = () => {
    if (playing()) return;
    const periods = host.periods();
    if (periods.length < 2) return;
    handle = clock.set(tick, interval);
    host.playingChanged(true);
    if (host.current() === periods[periods.length - 1] || !periods.includes(host.current())) host.step(periods[0]!);
  };
  return { play, stop, playing, toggle: () => (playing() ? stop() : play()) };
}

export type Player = ReturnType<typeof createPlayer>;
