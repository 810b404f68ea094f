import { chromiumEngine } from './chromium';
import type { Engine, EngineSpec } from './engine';
import { firefoxEngine } from './firefox';
import { webkitEngine } from './webkit';

export type { Engine, EnginePage, EngineSpec } from './engine';
export { recorderFiles } from './recorder';

/** Every engine the smoke script runs in. */
export const ENGINES: readonly EngineSpec[] = [chromiumEngine, firefoxEngine, webkitEngine];

const underCI = () => !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

/**
 * The engines this run drives. Under CI that is every one (a missing one fails its launch); elsewhere
 * those installed, saying in one line which it skipped and how to install them.
 */
export function enginesToRun(): EngineSpec[] {
  if (underCI()) return [...ENGINES];
  const skipped = ENGINES.filter((engine) => engine.missing().length > 0);
  if (skipped.length > 0) {
    const packages = [...new Set(skipped.flatMap((engine) => engine.packages))].join(' ');
    console.warn(`Cross-browser smoke: skipped ${skipped.map((engine) => engine.name).join(', ')} (not installed); install with: apt-get install ${packages} (as root), or run .ci/run`);
  }
  return ENGINES.filter((engine) => !skipped.includes(engine));
}

/** Launches an engine, or fails with what is missing and the packages that provide it. */
export function launchEngine(spec: EngineSpec, viewport: { width: number; height: number }): Promise<Engine> {
  const missing = spec.missing();
  if (missing.length > 0) throw new Error(`${spec.name} is not installed (no ${missing.join(', ')}): apt-get install ${spec.packages.join(' ')}`);
  return spec.launch(viewport);
}
