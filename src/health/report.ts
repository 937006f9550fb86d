import type { RetryBacklog } from "../surveys/outbox.ts";
import type { ConnectionStatus } from "./connection.ts";
import type { JobStatus } from "./job-board.ts";

/** A job is late when it has not succeeded for this many of its intervals. */
export const LATE_AFTER_INTERVALS = 3;
/** Slack recycles Socket Mode connections now and then; a reconnect shorter than this is not an outage. */
export const RECONNECT_GRACE_MS = 30_000;
/** A greylisting relay or a short blip clears within minutes; reminders failing longer mean an outage. */
export const RETRY_BACKLOG_ALERT_MS = 3600_000;

export interface HealthFacts {
  now: Date;
  mode: "socket" | "http";
  /** The database's schema version, catalogue counts and reminders waiting to be retried; null when it did not answer. */
  database: {
    schemaVersion: number;
    catalogue: Record<string, number>;
    retries: RetryBacklog;
    /** Why a write failed just now (a full disk, a read-only file); null when it succeeded. */
    writeError: string | null;
  } | null;
  /** Socket Mode only; HTTP mode has no standing connection. */
  connection?: ConnectionStatus;
  /** The scheduled jobs by name (see jobs/README.md). */
  jobs: Record<string, JobStatus>;
}

export interface JobHealth {
  intervalMinutes: number;
  running: boolean;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastOutcome: JobStatus["lastOutcome"];
  lastError: string | null;
  lastSucceededAt: string | null;
  late: boolean;
}

export interface HealthBody {
  ok: boolean;
  /** Why `ok` is false, one sentence each; empty when healthy. */
  problems: string[];
  mode: HealthFacts["mode"];
  schemaVersion: number | null;
  catalogue: Record<string, number> | null;
  /** Reminders waiting to be sent again after transient failures (mail relay or Slack down). */
  reminderRetries: RetryBacklog | null;
  connection?: { state: ConnectionStatus["state"]; since: string };
  jobs: Record<string, JobHealth>;
}

export interface Health {
  status: 200 | 503;
  body: HealthBody;
}

/**
 * The `/healthz` answer: 503 when the database does not answer or cannot be written, the Socket Mode
 * connection is down, a
 * job has stopped succeeding, or reminders have been failing to go out for more than an hour.
 */
export function healthOf(facts: HealthFacts): Health {
  const problems: string[] = [];
  const { connection, database, now } = facts;
  if (!database) problems.push("The database did not answer.");
  if (database?.writeError) {
    problems.push(`The database cannot be written (is the disk full?): ${database.writeError}.`);
  }
  const retries = database?.retries;
  if (retries?.failingSince && now.getTime() - Date.parse(retries.failingSince) > RETRY_BACKLOG_ALERT_MS) {
    problems.push(
      `${retries.waiting} reminder${retries.waiting === 1 ? "" : "s"} could not be delivered and ` +
        `${retries.waiting === 1 ? "is" : "are"} waiting to be sent again since ` +
        `${retries.failingSince} (last error: ${retries.lastError ?? "none recorded"}).`,
    );
  }
  if (connection && connection.state !== "connected") {
    const down = now.getTime() - connection.since.getTime();
    if (down > RECONNECT_GRACE_MS) {
      problems.push(
        `The Socket Mode connection to Slack has been ${connection.state} since ${connection.since.toISOString()}.`,
      );
    }
  }
  const jobs: Record<string, JobHealth> = {};
  for (const [name, job] of Object.entries(facts.jobs)) {
    const lastGood = job.lastSucceededAt ?? job.scheduledAt;
    const late = now.getTime() - lastGood.getTime() > LATE_AFTER_INTERVALS * job.intervalMs;
    if (late) {
      const since = job.lastSucceededAt
        ? `since ${job.lastSucceededAt.toISOString()}`
        : `since it was scheduled at ${job.scheduledAt.toISOString()}`;
      const why = job.lastError ? ` (last error: ${job.lastError})` : "";
      problems.push(
        `The ${name} job has not succeeded ${since}, more than ${LATE_AFTER_INTERVALS} of its intervals${why}.`,
      );
    }
    jobs[name] = {
      intervalMinutes: Math.round(job.intervalMs / 60_000),
      running: job.running,
      lastStartedAt: iso(job.lastStartedAt),
      lastFinishedAt: iso(job.lastFinishedAt),
      lastOutcome: job.lastOutcome,
      lastError: job.lastError,
      lastSucceededAt: iso(job.lastSucceededAt),
      late,
    };
  }
  const body: HealthBody = {
    ok: problems.length === 0,
    problems,
    mode: facts.mode,
    schemaVersion: database?.schemaVersion ?? null,
    catalogue: database?.catalogue ?? null,
    reminderRetries: retries ?? null,
    ...(connection ? { connection: { state: connection.state, since: connection.since.toISOString() } } : {}),
    jobs,
  };
  return { status: body.ok ? 200 : 503, body };
}

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}
