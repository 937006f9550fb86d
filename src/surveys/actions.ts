/**
 * The six follow-up actions of the office's Follow-Up Action Survey (annual report, Annex IV).
 * One list drives the modal's checkboxes, the table columns, the CSV export and the database columns.
 */
export const FOLLOW_UP_ACTIONS = [
  { key: "shared_materials", label: "Shared training materials", short: "Shared" },
  { key: "submitted_reports", label: "Submitted reports", short: "Reports" },
  { key: "made_recommendations", label: "Made recommendations", short: "Recomm." },
  { key: "inhouse_workshop", label: "Organized an in-house workshop", short: "In-house" },
  { key: "operational_manuals", label: "Developed operational manuals", short: "Manuals" },
  { key: "others", label: "Others", short: "Others" },
] as const;

export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number]["key"];

export const FOLLOW_UP_ACTION_KEYS = FOLLOW_UP_ACTIONS.map((a) => a.key) as [
  FollowUpAction,
  ...FollowUpAction[],
];
