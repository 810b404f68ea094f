/** "IMPERIAL COLLEGE HEALTHCARE NHS TRUST" → "Imperial College Healthcare NHS Trust"; mixed-case names are kept. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/\b([a-z])/g, (m) => m.toUpperCase()).replace(/\bNhs\b/g, 'NHS').replace(/\b(And|Of|The)\b/g, (m) => m.toLowerCase()).replace(/^./, (m) => m.toUpperCase());
}
