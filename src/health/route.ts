import type { Logger } from "pino";
import { bookkeeping } from "../db/bookkeeping.ts";
import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";
import type { HttpRoute } from "../http/route.ts";
import { retryBacklog } from "../surveys/outbox.ts";
import type { ConnectionWatch } from "./connection.ts";
import type { JobBoard } from "./job-board.ts";
import { type Health, type HealthFacts, healthOf } from "./report.ts";
import { recentWriteFault } from "./write-faults.ts";

export interface HealthDeps {
  db: Db;
  mode: "socket" | "http";
  board: JobBoard;
  /** Socket Mode: the client's connection, followed with `followConnection`. */
  connection?: ConnectionWatch;
  logger: Pick<Logger, "error">;
  /** The real clock, also under ROCB_NOW: lateness is measured in wall-clock time. */
  clock?: () => Date;
}

const CATALOGUE_TABLES = ["documents", "plans", "action_items", "workshops"] as const;

/** `GET /healthz` for the bot's HTTP server (both modes): the body and status of `healthOf`. */
export function healthRoute(deps: HealthDeps): HttpRoute {
  return {
    method: "GET",
    path: "/healthz",
    handle(_req, res) {
      const health = checkHealth(deps);
      res.writeHead(health.status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(health.body));
    },
  };
}

/** Reads the facts (database, connection, jobs) and judges them with `healthOf`. */
export function checkHealth(deps: HealthDeps): Health {
  const connection = deps.connection?.status();
  return healthOf({
    now: (deps.clock ?? (() => new Date()))(),
    mode: deps.mode,
    database: readDatabase(deps),
    ...(connection ? { connection } : {}),
    jobs: deps.board.statuses(),
  });
}

function readDatabase(deps: HealthDeps): HealthFacts["database"] {
  try {
    const catalogue: Record<string, number> = {};
    for (const table of CATALOGUE_TABLES) {
      catalogue[table] = deps.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    }
    return {
      schemaVersion: deps.db.pragma("user_version", { simple: true }) as number,
      catalogue,
      retries: retryBacklog(deps.db),
      writeError: writeProblem(deps),
    };
  } catch (err) {
    deps.logger.error({ err }, "health check: the database did not answer");
    return null;
  }
}

/**
 * Why the database cannot be written, if it cannot: a write a request failed on in the last 15 minutes
 * (`noteWriteFault`), else this check's own one-row write, so a full disk (or a database that became
 * read-only) shows here and not only as "something went wrong" to the person whose command failed.
 * Another process holding the write lock is not a fault of the disk: the probe does not wait for it.
 */
function writeProblem(deps: HealthDeps): string | null {
  const db = deps.db;
  // Faults are noted by the real clock, whatever the health check's own clock says.
  const seen = recentWriteFault(new Date());
  if (seen) return `${seen.message} (at ${seen.at.toISOString()})`;
  const wait = db.pragma("busy_timeout", { simple: true }) as number;
  db.pragma("busy_timeout = 0");
  try {
    bookkeeping(db, () =>
      stmt(
        db,
        "INSERT INTO write_checks (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at",
      ).run(new Date().toISOString()),
    );
    return null;
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return null;
    deps.logger.error({ err }, "health check: the database could not be written");
    return `${code || "error"}: ${(err as Error).message}`;
  } finally {
    db.pragma(`busy_timeout = ${wait}`);
  }
}
