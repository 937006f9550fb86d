import { type Config, configSchema } from "../../src/config.ts";
import type { CommandContext } from "../../src/context.ts";
import { type Db, openDatabase } from "../../src/db/open.ts";
import type { CatalogueSearch } from "../../src/search/index.ts";

export const ZONE = "Asia/Bangkok";

export function testConfig(): Config {
  return configSchema.parse({ OFFICE_TIMEZONE: ZONE, LOG_LEVEL: "silent" });
}

/** A migrated catalogue with one document to hang plans on. */
export function testDb(): Db {
  const db = openDatabase(":memory:");
  db.prepare(
    "INSERT INTO documents (id, file_name, sha256, kind, title, imported_at) VALUES (1, 'plan.txt', 'x', 'plan', 'Plan', '2024-01-01')",
  ).run();
  return db;
}

export function addPlan(
  db: Db,
  o: { kind?: "SAP" | "AWP"; start?: string; end?: string } = {},
): { id: number; kind: "SAP" | "AWP"; periodStart: string; periodEnd: string } {
  const kind = o.kind ?? "SAP";
  const periodStart = o.start ?? "2022-07-01";
  const periodEnd = o.end ?? "2024-06-30";
  const id = db
    .prepare(
      "INSERT INTO plans (document_id, kind, title, period_start, period_end) VALUES (1, ?, ?, ?, ?) RETURNING id",
    )
    .pluck()
    .get(kind, `${kind} plan`, periodStart, periodEnd) as number;
  return { id, kind, periodStart, periodEnd };
}

export function addItem(
  db: Db,
  planId: number,
  o: { code?: string; kpis?: string[]; targets?: string[]; deadline?: string | null } = {},
): number {
  const code = o.code ?? "1-(h)";
  const m = /^(\d)-\((\w+)\)$/.exec(code);
  const id = db
    .prepare(
      `INSERT INTO action_items (plan_id, pillar, letter, code, action, deadline, source_first_line, source_last_line)
       VALUES (?, ?, ?, ?, 'Do something', ?, 1, 1) RETURNING id`,
    )
    .pluck()
    .get(
      planId,
      Number(m?.[1]),
      m?.[2],
      code,
      o.deadline === undefined ? "30 June 2024" : o.deadline,
    ) as number;
  (o.kpis ?? ["Number of implementing Members"]).forEach((t, i) => {
    db.prepare("INSERT INTO kpis (action_item_id, position, text) VALUES (?, ?, ?)").run(id, i + 1, t);
  });
  (o.targets ?? ["At least 27/33 Members"]).forEach((t, i) => {
    db.prepare("INSERT INTO targets (action_item_id, position, text) VALUES (?, ?, ?)").run(id, i + 1, t);
  });
  return id;
}

let workshopKeys = 0;

export function addWorkshop(
  db: Db,
  o: {
    status?: "planned" | "scheduled" | "held" | "cancelled";
    start?: string | null;
    end?: string | null;
    itemId?: number;
    kind?: string;
  },
): number {
  const start = o.start === undefined ? "2023-03-06" : o.start;
  const id = db
    .prepare(
      `INSERT INTO workshops (key, title, kind, start_date, end_date, status) VALUES (?, 'Workshop', ?, ?, ?, ?)
       RETURNING id`,
    )
    .pluck()
    .get(`w${++workshopKeys}`, o.kind ?? "regional", start, o.end ?? null, o.status ?? "held") as number;
  if (o.itemId) db.prepare("INSERT INTO workshop_action_items VALUES (?, ?)").run(id, o.itemId);
  return id;
}

export function addParticipant(db: Db, workshopId: number, n: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO participants (workshop_id, name, email, administration, imported_at)
         VALUES (?, ?, ?, 'Customs', '2023-01-01T00:00:00Z')`,
      )
      .run(workshopId, `P${n}`, `p${n}-${workshopId}@example.org`).lastInsertRowid,
  );
}

export function addSentReminder(db: Db, workshopId: number, participantId: number, sentAt: string): void {
  db.prepare(
    `INSERT INTO reminders (workshop_id, participant_id, kind, state, due_date, due_at, window_opens_at, sent_at,
       message_ts, updated_at) VALUES (?, ?, 'initial', 'sent', ?, ?, ?, ?, '1.1', ?)`,
  ).run(workshopId, participantId, sentAt.slice(0, 10), sentAt, sentAt, sentAt, sentAt);
}

export function addResponse(
  db: Db,
  workshopId: number,
  participantId: number,
  o: { followUp?: boolean; rating?: number | null; submittedAt?: string },
): void {
  const f = o.followUp ? 1 : 0;
  const at = o.submittedAt ?? "2023-09-01T03:00:00.000Z";
  db.prepare(
    `INSERT INTO survey_responses (workshop_id, participant_id, shared_materials, submitted_reports,
       made_recommendations, inhouse_workshop, operational_manuals, others, rating, slack_user_id,
       first_submitted_at, submitted_at) VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?, 'U1', ?, ?)`,
  ).run(workshopId, participantId, f, o.rating ?? null, at, at);
}

export function testCtx(db: Db, o: Partial<CommandContext> & { staff?: boolean } = {}): CommandContext {
  const { staff = true, ...rest } = o;
  return {
    db,
    search: {} as CatalogueSearch,
    config: testConfig(),
    now: new Date("2024-03-15T05:00:00Z"),
    userId: "U0STAFF",
    isStaff: async () => staff,
    offset: 0,
    ...rest,
  };
}
