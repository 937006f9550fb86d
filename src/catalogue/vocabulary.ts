// The words the importer, the catalogue queries and staff input share. Migrations 0001 and 0004 spell the
// same lists in their CHECK constraints; migrations stay frozen, so a change here needs a new migration.

/** The kinds the office counts as workshops: training events, by the level of their audience. */
export const TRAINING_KINDS = ["national", "sub-regional", "regional", "accreditation", "seminar"] as const;

/** The kinds of the other events a report lists: the office took part, but they are not its workshops. */
export const OTHER_EVENT_KINDS = ["meeting", "conference", "ceremony", "mission", "other"] as const;

export const WORKSHOP_KINDS = [...TRAINING_KINDS, ...OTHER_EVENT_KINDS] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

/** Whether an event of this kind is a workshop (counted in lists and KPIs) rather than another event. */
export const countsAsWorkshop = (kind: WorkshopKind): boolean =>
  (TRAINING_KINDS as readonly string[]).includes(kind);

/** planned: no dates; scheduled: dates set, in the future; held; cancelled. */
export const WORKSHOP_STATUSES = ["planned", "scheduled", "held", "cancelled"] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
