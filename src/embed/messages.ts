/** Messages between an embedded atlas and the page that hosts it. */

export const HEIGHT_MESSAGE = 'stp-atlas:height';
export const SELECT_MESSAGE = 'stp-atlas:select';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

const AREA_CODE = /^E(54|38)\d{6}$/;

/** The message the embed posts to its parent when its height changes. */
export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.max(0, Math.ceil(height)) };
}

/**
 * The area code of a valid `{ type: 'stp-atlas:select', area: 'E54…' | 'E38…' }` message naming a
 * known area; null for anything else (wrong shape, extra keys, unknown type or code, non-objects,
 * oversized payloads), which the embed then ignores without a word.
 */
export function selectedAreaOf(data: unknown, isKnown: (code: string) => boolean): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if (Object.getPrototypeOf(data) !== Object.prototype) return null;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !keys.includes('type') || !keys.includes('area')) return null;
  const { type, area } = data as { type: unknown; area: unknown };
  if (type !== SELECT_MESSAGE || typeof area !== 'string' || area.length !== 9 || !AREA_CODE.test(area)) return null;
  return isKnown(area) ? area : null;
}
