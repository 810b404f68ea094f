// What a hexagon can hold: the area's name where it fits, else a short abbreviation of it.

const MINOR_WORDS = new Set(['and', 'of', 'the', 'upon', 'on', 'in', 'with', '&']);

/** "NHS Airedale, Wharfedale and Craven CCG" → "AWC" (at most three initials); one-word names keep their first three letters ("Kernow" → "Ker"). */
export function abbreviate(name: string): string {
  const words = name
    .replace(/^NHS /, '')
    .replace(/ CCG$/, '')
    .split(/[\s,/-]+/)
    .filter((word) => word !== '' && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return '';
  if (words.length === 1) return words[0]!.slice(0, 3);
  return words.map((word) => word[0]!.toUpperCase()).join('').slice(0, 3);
}

/** The label for a place `room` pixels wide: the name, its abbreviation (cut to two letters if need be), or nothing. */
export function fittingLabel(name: string, room: number, measure: (text: string) => number): string | null {
  if (measure(name) <= room) return name;
  const short = abbreviate(name);
  return [short, short.slice(0, 2)].find((text) => text !== '' && measure(text) <= room) ?? null;
}
