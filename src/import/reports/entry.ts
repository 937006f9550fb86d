import type { EventDetails } from "./details.ts";

/**
 * One mention of an event. The same workshop is mentioned several times in a report (summary lists,
 * sponsor lists, a paragraph about it); merge.ts folds the mentions into one workshop.
 * Sources, from the richest title to the poorest: a title line over a dated place line ("block"),
 * a dated list bullet ("list"), a "(Title)" heading over a paragraph ("heading"), a sentence of
 * prose ("narrative"), a list entry with only a month ("summary").
 */
export type EntrySource = "block" | "list" | "heading" | "narrative" | "summary";

export interface Entry extends EventDetails {
  source: EntrySource;
  title: string;
  line: number;
  start: string | null;
  end: string | null;
  city: string | null;
  country: string | null;
}

export function emptyDetails(): EventDetails {
  return { participants: null, administrations: null, sponsor: null, venue: null, cancelled: false };
}
