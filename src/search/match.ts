/**
 * Area search: a pure normaliser and matcher. Matches names (ignoring case, accents, punctuation
 * and the "NHS … CCG" wrapper), ONS codes (E54…, E38…) and ODS codes (99H), and forgives one typo.
 */

export interface SearchEntry {
  code: string;
  /** Display name, e.g. "Surrey Downs CCG". */
  name: string;
  ods?: string;
  /** Extra names that should also match (e.g. NHS England's name of an STP). */
  aliases?: string[];
  /** Among equal scores, a whole-word match of an entry that sets this comes first (STPs over their CCGs). */
  preferred?: boolean;
}

export interface SearchHit<E extends SearchEntry = SearchEntry> {
  entry: E;
  score: number;
  /** Every query word is a whole word of the name (or the code): "manchester" in "Greater Manchester". */
  whole: boolean;
}

/** Fewer than this many letters or digits ("b", "<b>") suggest names but are no match to choose by Enter. */
const MIN_CHOOSABLE = 2;

/** Whether a query says enough to choose its best hit without the reader picking one. */
export function isChoosable(query: string): boolean {
  return normalize(query).replace(/ /g, '').length >= MIN_CHOOSABLE;
}

const preferredFirst = (hit: SearchHit): number => (hit.whole && hit.entry.preferred ? 0 : 1);

interface Indexed<E extends SearchEntry> {
  entry: E;
  keys: string[][];
  joined: string[];
  code: string;
  ods: string;
}

/** Words that wrap area names and carry no meaning in a search. */
const WRAPPER = new Set(['nhs', 'ccg', 'stp', 'clinical', 'commissioning', 'group']);

/** Lower case, no accents, "&" as "and", punctuation as spaces, single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a name or query without the "NHS … CCG" wrapper. */
export function searchTokens(text: string): string[] {
  const words = normalize(text).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !WRAPPER.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * Smallest optimal-string-alignment distance (edits and adjacent swaps) between `query` and any
 * prefix of `word`; stops early once it exceeds `limit`.
 */
export function prefixDistance(query: string, word: string, limit = 1): number {
  const n = query.length;
  const m = word.length;
  // rows[i][j]: distance between query[0..i) and word[0..j)
  let prevPrev: number[] = [];
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = query[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(...prev);
}

/** How a query word meets a name word: 2 = exact prefix, 1 = prefix with one typo, 0 = no match. */
function wordMatch(query: string, word: string): number {
  if (word.startsWith(query)) return 2;
  if (query.length >= 4 && prefixDistance(query, word, 1) <= 1) return 1;
  return 0;
}

/** Scores one name (as words) against the query words; 0 when some query word is not matched. */
function scoreWords(query: string[], words: string[], joined: string, raw: string): number {
  if (joined === raw) return 900;
  if (joined.startsWith(raw)) return 800;
  const used = new Set<number>();
  let typos = 0;
  let first = -1;
  let inOrder = true;
  let last = -1;
  for (const q of query) {
    let best = 0;
    let bestAt = -1;
    words.forEach((w, i) => {
      if (used.has(i)) return;
      const m = wordMatch(q, w);
      if (m > best) {
        best = m;
        bestAt = i;
      }
    });
    if (best === 0) {
      if (q.length >= 3 && joined.includes(q)) {
        typos += 0.5; // inside a word ("ford" in "bradford"): a weaker match
        continue;
      }
      return 0;
    }
    if (best === 1) typos++;
    if (typos > 1) return 0;
    used.add(bestAt);
    if (first === -1) first = bestAt;
    if (bestAt < last) inOrder = false;
    last = bestAt;
  }
  let score = typos === 0 ? 700 : typos < 1 ? 550 : 400;
  if (inOrder) score += 20;
  score -= Math.min(first === -1 ? 10 : first, 10);
  return score;
}

export interface SearchIndex<E extends SearchEntry> {
  search(query: string, limit?: number): SearchHit<E>[];
}

export function createSearchIndex<E extends SearchEntry>(entries: readonly E[]): SearchIndex<E> {
  const indexed: Indexed<E>[] = entries.map((entry) => {
    const keys = [entry.name, ...(entry.aliases ?? [])].map(searchTokens);
    return { entry, keys, joined: keys.map((k) => k.join(' ')), code: entry.code.toLowerCase(), ods: (entry.ods ?? '').toLowerCase() };
  });
  return {
    search(query, limit = 8) {
      const words = searchTokens(query);
      const raw = words.join(' ');
      if (raw === '') return [];
      const compact = normalize(query).replace(/ /g, '');
      const hits: SearchHit<E>[] = [];
      for (const item of indexed) {
        let score = 0;
        let whole = false;
        if (compact === item.code || (item.ods !== '' && compact === item.ods)) [score, whole] = [1000, true];
        else if (compact.length >= 4 && /^e\d/.test(compact) && item.code.startsWith(compact)) score = 600;
        else {
          item.keys.forEach((k, i) => (score = Math.max(score, scoreWords(words, k, item.joined[i]!, raw))));
          whole = item.keys.some((k) => words.every((w) => k.includes(w)));
        }
        if (score > 0) hits.push({ entry: item.entry, score, whole });
      }
      hits.sort((a, b) => b.score - a.score || preferredFirst(a) - preferredFirst(b) || a.entry.name.localeCompare(b.entry.name));
      return hits.slice(0, limit);
    },
  };
}
