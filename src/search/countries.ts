/**
 * One name per country in replies, and the other names people and documents use for it. The catalogue
 * stores countries as each document printed them ("Lao People's Dem. Rep.", "Laos"); replies and filters
 * go through `canonicalCountry`. Patterns are regular-expression bodies over lower-case text.
 */
export const COUNTRY_NAMES: ReadonlyArray<{ name: string; token: string; other: string }> = [
  {
    name: "Lao PDR",
    token: "lao",
    other: String.raw`lao(?:s|\s+p\.?d\.?r\.?|\s+people'?s\s+dem(?:ocratic|\.)?\s*rep(?:ublic|\.)?)?`,
  },
  { name: "Papua New Guinea", token: "png", other: String.raw`png|papua\s+new\s+guinea` },
  {
    name: "Korea",
    token: "korea",
    other: String.raw`(?:republic\s+of\s+|south\s+)?korea(?:,?\s+rep(?:ublic\s+of|\.)?)?`,
  },
  { name: "Vietnam", token: "vietnam", other: String.raw`viet\s*nam` },
  { name: "Hong Kong, China", token: "hongkong", other: String.raw`hong\s*kong(?:,?\s+china)?` },
  { name: "Macao, China", token: "macao", other: String.raw`maca[ou](?:,?\s+china)?` },
  {
    name: "Iran",
    token: "iran",
    other: String.raw`iran(?:,?\s+(?:islamic\s+republic\s+of))?|islamic\s+republic\s+of\s+iran`,
  },
  { name: "Palau", token: "palau", other: String.raw`(?:republic\s+of\s+)?palau(?:,?\s+republic\s+of)?` },
  { name: "Timor-Leste", token: "timor", other: String.raw`timor[\s-]+leste|east\s+timor` },
  { name: "Brunei Darussalam", token: "brunei", other: String.raw`brunei(?:\s+darussalam)?` },
  {
    name: "Micronesia",
    token: "micronesia",
    other: String.raw`(?:federated\s+states\s+of\s+)?micronesia|fsm`,
  },
  { name: "New Zealand", token: "nz", other: String.raw`new\s+zealand|nz` },
  { name: "United States", token: "usa", other: String.raw`united\s+states(?:\s+of\s+america)?|usa` },
];

const PATTERNS = COUNTRY_NAMES.map((c) => ({
  ...c,
  whole: new RegExp(`^(?:${c.other})$`, "iu"),
}));

const normalise = (text: string) => text.replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();

/** Names seen so far: a list renders the same few countries again and again. Bounded, as names come from users too. */
const known = new Map<string, string>();
const KNOWN_MAX = 2000;

/** The name replies use for a country however it was written; other names are returned trimmed. */
export function canonicalCountry(name: string): string {
  const seen = known.get(name);
  if (seen !== undefined) return seen;
  const n = normalise(name);
  const canonical = PATTERNS.find((c) => c.whole.test(n))?.name ?? n;
  if (known.size < KNOWN_MAX) known.set(name, canonical);
  return canonical;
}

/** Each country once, by its canonical name, in the order first met. */
export function canonicalCountries(names: readonly string[]): string[] {
  return [...new Set(names.map(canonicalCountry))];
}
