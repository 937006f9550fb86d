import { describe, expect, it } from "vitest";
import type { JobStatus } from "../../src/health/job-board.ts";
import { type HealthFacts, healthOf, RECONNECT_GRACE_MS } from "../../src/health/report.ts";

const NOW = new Date("2025-03-03T10:00:00Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

function reminders(overrides: Partial<JobStatus> = {}): JobStatus {
  return {
    intervalMs: 15 * 60_000,
    scheduledAt: minutesAgo(600),
    running: false,
    lastStartedAt: minutesAgo(5),
    lastFinishedAt: minutesAgo(4),
    lastOutcome: "succeeded",
    lastError: null,
    lastSucceededAt: minutesAgo(4),
    ...overrides,
  };
}

function facts(overrides: Partial<HealthFacts> = {}): HealthFacts {
  return {
    now: NOW,
    mode: "socket",
    database: {
      schemaVersion: 3,
      catalogue: { documents: 4, plans: 6, action_items: 263, workshops: 242 },
      retries: { waiting: 0, failingSince: null, nextAttemptAt: null, lastError: null },
      writeError: null,
    },
    connection: { state: "connected", since: minutesAgo(600) },
    jobs: { reminders: reminders() },
    ...overrides,
  };
}

describe("healthOf", () => {
  it("answers 200 with the schema version, counts, mode, connection and the reminder job's last run", () => {
    const { status, body } = healthOf(facts());
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      problems: [],
      mode: "socket",
      schemaVersion: 3,
      catalogue: { workshops: 242 },
      connection: { state: "connected", since: minutesAgo(600).toISOString() },
      jobs: {
        reminders: {
          intervalMinutes: 15,
          lastOutcome: "succeeded",
          lastStartedAt: minutesAgo(5).toISOString(),
          lastSucceededAt: minutesAgo(4).toISOString(),
          late: false,
        },
      },
    });
  });

  it("answers 503 when the Socket Mode connection has been down past a routine reconnect", () => {
    const down = healthOf(facts({ connection: { state: "reconnecting", since: minutesAgo(2) } }));
    expect(down.status).toBe(503);
    expect(down.body.problems).toEqual([
      `The Socket Mode connection to Slack has been reconnecting since ${minutesAgo(2).toISOString()}.`,
    ]);
    const blip = new Date(NOW.getTime() - RECONNECT_GRACE_MS / 2);
    const routine = healthOf(facts({ connection: { state: "disconnected", since: blip } }));
    expect(routine.status).toBe(200);
    expect(routine.body.connection?.state).toBe("disconnected");
  });

  it("answers 503 when the reminder job has not succeeded for three intervals, naming its last error", () => {
    const failing = reminders({
      lastOutcome: "failed",
      lastError: "invalid_auth",
      lastSucceededAt: minutesAgo(46),
    });
    const { status, body } = healthOf(facts({ jobs: { reminders: failing } }));
    expect(status).toBe(503);
    expect(body.jobs.reminders?.late).toBe(true);
    expect(body.problems[0]).toMatch(
      /^The reminders job has not succeeded since .*\(last error: invalid_auth\)\.$/,
    );
  });

  it("stays 200 while a failing job is within three intervals of its last success", () => {
    const failing = reminders({
      lastOutcome: "failed",
      lastError: "invalid_auth",
      lastSucceededAt: minutesAgo(44),
    });
    const { status, body } = healthOf(facts({ jobs: { reminders: failing } }));
    expect(status).toBe(200);
    expect(body.jobs.reminders).toMatchObject({
      lastOutcome: "failed",
      lastError: "invalid_auth",
      late: false,
    });
  });

  it("counts a job that never succeeded from when it was scheduled", () => {
    const never = (scheduledMinutesAgo: number) =>
      reminders({ scheduledAt: minutesAgo(scheduledMinutesAgo), lastSucceededAt: null, lastOutcome: null });
    expect(healthOf(facts({ jobs: { reminders: never(10) } })).status).toBe(200);
    const late = healthOf(facts({ jobs: { reminders: never(50) } }));
    expect(late.status).toBe(503);
    expect(late.body.problems[0]).toContain("since it was scheduled at");
  });

  it("answers 503 when the database does not answer, and has no connection in HTTP mode", () => {
    const { status, body } = healthOf(facts({ mode: "http", database: null, connection: undefined }));
    expect(status).toBe(503);
    expect(body).toMatchObject({ ok: false, schemaVersion: null, catalogue: null });
    expect(body.problems).toEqual(["The database did not answer."]);
    expect(body).not.toHaveProperty("connection");
  });
});
