import {
  type ItemCode,
  parseCode,
  WORKSHOP_KINDS,
  type Workshop,
  type WorkshopKind,
} from "../src/catalogue/index.ts";
import { compact, conceptsIn, sameCountry, splitQuery } from "../src/search/index.ts";

export interface WorkshopFilters {
  country: string[];
  kind: WorkshopKind[];
  topic: string[];
  item: ItemCode[];
}

export const noFilters = (): WorkshopFilters => ({ country: [], kind: [], topic: [], item: [] });

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
    const key = rawKey.toLowerCase();
    const value = (q1 ?? q2 ?? bare ?? "").trim();
    if (error) return " ";
    if (!["country", "kind", "topic", "item"].includes(key)) {
      error = `I don't know the filter "${key}:". Use country:, kind:, topic: or item:.`;
    } else if (value === "") {
      error = `The filter "${key}:" needs a value, e.g. ${key === "item" ? "item:1-(h)" : key === "kind" ? "kind:national" : key === "topic" ? "topic:AEO" : "country:Fiji"}.`;
    } else if (key === "kind") {
      const kind = parseKind(value);
      if (kind) filters.kind.push(kind);
      else error = `"${value}" is not a kind of workshop. Kinds: ${WORKSHOP_KINDS.join(", ")}.`;
    } else if (key === "item") {
      const code = parseCode(value);
      if (code) filters.item.push(code);
      else error = `"${value}" is not an action item code; write it like 1-(h).`;
    } else if (key === "country") filters.country.push(value);
    else filters.topic.push(value);
    return " ";
  });
  if (error) return { error };
  return { filters, rest: rest.replace(/\s+/g, " ").trim() };
}

export function hasFilters(f: WorkshopFilters): boolean {
  return f.country.length + f.kind.length + f.topic.length + f.item.length > 0;
}

/** "country:Fiji kind:national", for headings. */
export function describeFilters(f: WorkshopFilters): string {
  return [
    ...f.country.map((v) => `country:${v}`),
    ...f.kind.map((v) => `kind:${v}`),
    ...f.topic.map((v) => `topic:${v}`),
    ...f.item.map((v) => `item:${v.pillar}-(${v.letter})`),
  ].join(" ");
}

function topicMatches(topic: string, w: Workshop): boolean {
  const text = `${w.title} ${w.items.map((i) => i.action).join(" ")}`;
  const { concepts, rest } = splitQuery(topic);
  const have = conceptsIn(text);
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

export function matchesFilters(w: Workshop, f: WorkshopFilters): boolean {
  const any = <T>(values: T[], test: (v: T) => boolean) => values.length === 0 || values.some(test);
  return (
    any(f.kind, (k) => w.kind === k) &&
    any(f.item, (c) => w.items.some((i) => i.pillar === c.pillar && i.letter === c.letter)) &&
    any(f.country, (c) => countriesOf(w).some((wc) => sameCountry(c, wc))) &&
    any(f.topic, (t) => topicMatches(t, w))
  );
}
