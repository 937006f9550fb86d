// The words the importer, the catalogue queries and staff input share. Migration 0001 spells the same
// lists in its CHECK constraints; migrations stay frozen, so a change here needs a new migration.

export const WORKSHOP_KINDS = [
  "national",
  "sub-regional",
  "regional",
  "accreditation",
  "seminar",
  "meeting",
  "other",
] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

/** planned: no dates; scheduled: dates set, in the future; held; cancelled. */
export const WORKSHOP_STATUSES = ["planned", "scheduled", "held", "cancelled"] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
