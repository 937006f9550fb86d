import { truncate } from "../src/blocks/index.ts";
import {
  type ItemCode,
  parseCode,
  WORKSHOP_KINDS,
  type Workshop,
  type WorkshopKind,
} from "../src/catalogue/index.ts";
import {
  type Concept,
  canonicalCountry,
  compact,
  conceptsIn,
  sameCountry,
  splitQuery,
} from "../src/search/index.ts";

export interface WorkshopFilters {
  /** A Member the workshop was for, or the country it was held in: a bare country means either. */
  country: string[];
  /** A Member the workshop was for (`for:Fiji`). */
  for: string[];
  /** The country it was held in (`in:Thailand`, `host:Thailand`). */
  in: string[];
  kind: WorkshopKind[];
  topic: string[];
  item: ItemCode[];
  sponsor: string[];
}

const KEYS = ["country", "for", "in", "kind", "topic", "item", "sponsor"] as const;
type Key = (typeof KEYS)[number];

/** Other spellings of a key: `host:Thailand` is `in:Thailand`. */
const ALIASES: Readonly<Record<string, Key>> = { host: "in", held: "in", audience: "for" };

const EXAMPLE: Record<Key, string> = {
  country: "country:Fiji",
  for: "for:Fiji",
  in: "in:Thailand",
  kind: "kind:national",
  topic: "topic:AEO",
  item: "item:1-(h)",
  sponsor: "sponsor:CCF-Japan",
};

const noFilters = (): WorkshopFilters => ({
  country: [],
  for: [],
  in: [],
  kind: [],
  topic: [],
  item: [],
  sponsor: [],
});

const FILTER = /(?<![\p{L}\p{N}])([a-z]+):(?:"([^"]*)"|“([^”]*)”|(\S*))/giu;

/** `kind:sub` → sub-regional; `kind:subregional` too. */
function parseKind(value: string): WorkshopKind | null {
  const v = compact(value);
  if (v === "") return null;
  return WORKSHOP_KINDS.find((k) => compact(k).startsWith(v)) ?? null;
}

/**
 * Takes `key:value` filters out of the text. Repeating a key means any of the values; different keys
 * must all hold. Returns the rest of the text, or a sentence saying which filter is wrong.
 */
export function extractFilters(text: string): { filters: WorkshopFilters; rest: string } | { error: string } {
  const filters = noFilters();
  let error: string | null = null;
  const rest = text.replace(FILTER, (_all, rawKey: string, q1?: string, q2?: string, bare?: string) => {
    const lowerKey = rawKey.toLowerCase();
    const key = ALIASES[lowerKey] ?? (lowerKey as Key);
    const value = (q1 ?? q2 ?? bare ?? "").trim();
    if (error) return " ";
    if (!KEYS.includes(key)) {
      error = `I don't know the filter "${truncate(key, 40)}:". Use country:, for:, in: (or host:), kind:, topic:, item: or sponsor:.`;
    } else if (value === "") {
      error = `The filter "${key}:" needs a value, e.g. ${EXAMPLE[key]}.`;
    } else if (key === "kind") {
      const kind = parseKind(value);
      if (kind) filters.kind.push(kind);
      else error = `"${truncate(value, 60)}" is not a kind of workshop. Kinds: ${WORKSHOP_KINDS.join(", ")}.`;
    } else if (key === "item") {
      const code = parseCode(value);
      if (code) filters.item.push(code);
      else error = `"${truncate(value, 60)}" is not an action item code; write it like 1-(h).`;
    } else filters[key].push(value);
    return " ";
  });
  if (error) return { error };
  return { filters, rest: rest.replace(/\s+/g, " ").trim() };
}

export function hasFilters(f: WorkshopFilters): boolean {
  return KEYS.some((k) => f[k].length > 0);
}

/** `value` as a filter's value: quoted when it holds a space. */
export const filterValue = (value: string) => (/\s/.test(value) ? `"${value}"` : value);

/** "country:Fiji kind:national", for headings; countries by their one name. */
export function describeFilters(f: WorkshopFilters): string {
  return [
    ...f.country.map((v) => `country:${filterValue(canonicalCountry(v))}`),
    ...f.for.map((v) => `for:${filterValue(canonicalCountry(v))}`),
    ...f.in.map((v) => `in:${filterValue(canonicalCountry(v))}`),
    ...f.kind.map((v) => `kind:${v}`),
    ...f.topic.map((v) => `topic:${filterValue(v)}`),
    ...f.item.map((v) => `item:${v.pillar}-(${v.letter})`),
    ...f.sponsor.map((v) => `sponsor:${filterValue(v)}`),
  ].join(" ");
}

function topicMatches(topic: string, w: Workshop, extra: readonly Concept[]): boolean {
  const text = `${w.title} ${w.city ?? ""} ${w.venue ?? ""} ${w.items.map((i) => i.action).join(" ")}`;
  const { concepts, rest } = splitQuery(topic, extra);
  const have = conceptsIn(text, extra);
  if (!concepts.every((c) => have.includes(c))) return false;
  const words = rest
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const lower = text.toLowerCase();
  return words.every((word) => lower.includes(word));
}

/** The stored countries; for a record without any, the names after the title's last "for". */
function countriesOf(w: Workshop): string[] {
  if (w.countries.length) return w.countries;
  const i = w.title.toLowerCase().lastIndexOf(" for ");
  return i < 0 ? [] : w.title.slice(i + 5).split(/,|\band\b/);
}

const isFor = (c: string, w: Workshop) => countriesOf(w).some((wc) => sameCountry(c, wc));
const heldIn = (c: string, w: Workshop) => w.hostCountry !== null && sameCountry(c, w.hostCountry);

/** How a bare `country:` was read, for a reply to say so: it matches where a workshop was held too. */
export function countryReading(f: WorkshopFilters): string | null {
  if (f.country.length === 0) return null;
  const names = f.country.map((c) => canonicalCountry(c)).join(" or ");
  const one = filterValue(canonicalCountry(f.country[0] ?? ""));
  return `country:${names} lists workshops for ${names} or held there; \`for:${one}\` keeps those for it, \`in:${one}\` those held there.`;
}

export function matchesFilters(w: Workshop, f: WorkshopFilters, concepts: readonly Concept[] = []): boolean {
  const any = <T>(values: T[], test: (v: T) => boolean) => values.length === 0 || values.some(test);
  return (
    any(f.kind, (k) => w.kind === k) &&
    any(f.item, (c) => w.items.some((i) => i.pillar === c.pillar && i.letter === c.letter)) &&
    any(f.country, (c) => isFor(c, w) || heldIn(c, w)) &&
    any(f.for, (c) => isFor(c, w)) &&
    any(f.in, (c) => heldIn(c, w)) &&
    any(f.topic, (t) => topicMatches(t, w, concepts)) &&
    any(f.sponsor, (s) => w.sponsor !== null && compact(w.sponsor).includes(compact(s)))
  );
}
