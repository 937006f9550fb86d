import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Config, configSchema } from "../../src/config.ts";
import { type Db, openDatabase } from "../../src/db/open.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { addWorkshop, type NewWorkshop } from "../../src/surveys/workshops.ts";

export function testConfig(overrides: Record<string, string> = {}): Config {
  return configSchema.parse({ OFFICE_TIMEZONE: "Asia/Bangkok", LOG_LEVEL: "silent", ...overrides });
}

export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), "rocb-surveys-")), "t.db");
}

export function testDb(path = ":memory:"): Db {
  return openDatabase(path);
}

export const silentLogger = { info() {}, warn() {}, error() {}, debug() {} };

/** A held workshop with `n` participants p1..pn (emails p<i>@customs.example). */
export function seedWorkshop(
  db: Db,
  o: Partial<NewWorkshop> & { participants?: number; slackIds?: boolean } = {},
): { workshopId: number; participantIds: number[] } {
  const workshopId = addWorkshop(
    db,
    {
      title: o.title ?? "Regional Workshop on Risk Management",
      kind: o.kind ?? "regional",
      countries: o.countries ?? ["Thailand"],
      start: o.start ?? "2024-06-10",
      end: o.end ?? "2024-06-14",
      city: o.city ?? "Bangkok",
    },
    new Date("2024-07-01T00:00:00Z"),
    "Asia/Bangkok",
  );
  const insert = db.prepare(
    `INSERT INTO participants (workshop_id, name, email, administration, slack_user_id, imported_at)
     VALUES (?, ?, ?, ?, ?, '2024-07-01T00:00:00Z')`,
  );
  const participantIds: number[] = [];
  db.transaction(() => {
    for (let i = 1; i <= (o.participants ?? 3); i++) {
      participantIds.push(
        Number(
          insert.run(
            workshopId,
            `Person ${i}`,
            `p${i}@customs.example`,
            `Customs ${i % 7}`,
            o.slackIds ? `U${i}` : null,
          ).lastInsertRowid,
        ),
      );
    }
  })();
  return { workshopId, participantIds };
}

/** Two survey rounds of the bot's own (six surveyed, three answered each), beside any printed history. */
export function surveyRounds(db: Db): void {
  const config = testConfig();
  for (const [start, title] of [
    ["2024-02-05", "Regional Workshop on Risk Management"],
    ["2024-06-10", "National Workshop on Post Clearance Audit for Fiji"],
  ] as const) {
    const { workshopId, participantIds } = seedWorkshop(db, { title, start, end: start, participants: 6 });
    planReminders(db, config, new Date(`${start}T00:00:00Z`));
    db.prepare(
      "UPDATE reminders SET state = 'sent', sent_at = '2024-09-01T02:00:00Z', message_ts = '1.1' WHERE workshop_id = ?",
    ).run(workshopId);
    for (const participantId of participantIds.slice(0, 3)) {
      saveSurveyResponse(db, {
        workshopId,
        participantId,
        by: { channel: "web" },
        answer: { actions: ["shared_materials"], changes: null, rating: 4 },
        now: new Date("2024-09-10T00:00:00Z"),
      });
    }
  }
}
