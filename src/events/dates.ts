/** Had it happened by the end of month `asof` ("2017-02")? null = no date limit. */
export function isUpTo(date: string, asof: string | null): boolean {
  return asof === null || date.slice(0, 7) <= asof;
}
