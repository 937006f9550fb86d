import type { JobDeps } from "../jobs/index.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import type { CommandHandler } from "./context.ts";
import { JobBoard } from "./health/job-board.ts";
import { createSlackApp } from "./slack/app.ts";
import { slackErrorSentence } from "./slack/errors.ts";
import { boltLogger, createLogger } from "./slack/logger.ts";
import { chooseMode, StartupError } from "./slack/mode.ts";
import { createStaffCheck } from "./slack/staff.ts";
import { createWebClient } from "./slack/web-client.ts";

/**
 * How long a SIGTERM or SIGINT may take: the HTTP server drains for 5 s (DRAIN_MS) and a running job
 * stops after the delivery in hand; well inside systemd's TimeoutStopSec (30 s, deploy/rocb-desk.service).
 */
const SHUTDOWN_MS = 10_000;

/** `npm start`: the local console, Socket Mode or HTTP, chosen from the environment (see README). */
async function main(): Promise<void> {
  const config = loadConfig();
  const mode = chooseMode(config);
  const now = () => (config.ROCB_NOW ? new Date(config.ROCB_NOW) : new Date());
  if (mode.mode === "console") {
    await startConsole(config);
    return;
  }
  const logger = createLogger(config);
  // A request must never stop the bot: the server answers failures itself, and anything that still
  // escapes a listener is logged here instead of ending the process for everyone.
  process.on("unhandledRejection", (err) => logger.error({ err }, "unhandled rejection; still running"));
  // Loaded after the configuration is known good, so a bad variable is reported before anything heavy.
  const { openCatalogue } = await import("./bootstrap.ts");
  const { db, search, imported } = openCatalogue(config, now());
  if (imported.length > 0) logger.info({ documents: imported.length }, "catalogue imported from data/");

  const client = createWebClient(config, boltLogger(logger));
  const auth = await client.auth.test().catch((err: unknown) => {
    throw new StartupError(`SLACK_BOT_TOKEN was not accepted by Slack: ${slackErrorSentence(err)}`);
  });
  if (!auth.bot_id || !auth.user_id) {
    throw new StartupError("SLACK_BOT_TOKEN is not a bot token: Slack's auth.test returned no bot.");
  }
  const deps = {
    config,
    db,
    search,
    logger,
    isStaff: createStaffCheck({ config, client, logger }),
    commands: await loadCommands(),
    now,
  };
  // The jobs record their runs here; `/healthz` reads them.
  const board = new JobBoard();
  const transport =
    mode.mode === "http"
      ? { mode: "http" as const, signingSecret: mode.signingSecret, port: mode.port, board }
      : { mode: "socket" as const, appToken: mode.appToken, port: config.PORT, board };
  const slack = createSlackApp(deps, transport, { botId: auth.bot_id, botUserId: auth.user_id });
  const address = await slack.start();
  const stopJobs = await startJobs({ config, db, logger, now, board });
  logger.info(
    { mode: mode.mode, port: address?.port, team: auth.team, commands: Object.keys(deps.commands) },
    mode.mode === "http" ? "listening for Slack at /slack/events" : "connected to Slack over Socket Mode",
  );

  const shutdown = async (signal: string) => {
    logger.info({ signal, boundMs: SHUTDOWN_MS }, "shutting down");
    // Whatever is still running at the bound is cut off: the outbox's leases make that safe to resume.
    const bound = setTimeout(() => {
      logger.warn({ signal, boundMs: SHUTDOWN_MS }, "shutdown bound reached; exiting with a job unfinished");
      process.exit(0);
    }, SHUTDOWN_MS);
    await Promise.all([stopJobs(), slack.stop()]);
    clearTimeout(bound);
    db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

// Loaded by path so that one part missing stops only the mode that needs it, with a sentence.
const COMMANDS_MODULE = "../commands/index.ts";
const JOBS_MODULE = "../jobs/index.ts";
const CONSOLE_MODULE = "./console/index.ts";

async function importPart(specifier: string, what: string): Promise<Record<string, unknown>> {
  try {
    return (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    if (
      (err as { code?: string }).code === "ERR_MODULE_NOT_FOUND" &&
      String(err).includes(specifier.slice(2))
    ) {
      throw new StartupError(
        `${what} (${specifier.replace(/^\.\.\//, "").replace(/^\.\//, "src/")}) is not part of this build yet.`,
      );
    }
    throw err;
  }
}

async function loadCommands(): Promise<Record<string, CommandHandler>> {
  const mod = await importPart(COMMANDS_MODULE, "The slash commands");
  if (!mod.commands || typeof mod.commands !== "object") {
    throw new StartupError("commands/index.ts exports no `commands` map.");
  }
  return mod.commands as Record<string, CommandHandler>;
}

async function startJobs(deps: JobDeps): Promise<() => Promise<void>> {
  const mod = await importPart(JOBS_MODULE, "The scheduled jobs");
  return (mod.scheduleJobs as (d: JobDeps) => () => Promise<void>)(deps);
}

async function startConsole(config: Config): Promise<void> {
  const mod = await importPart(CONSOLE_MODULE, "The local console");
  const start = mod.startConsole ?? mod.start ?? mod.runConsole;
  if (typeof start !== "function") {
    throw new StartupError(
      `src/console/index.ts exports no start function (it exports: ${Object.keys(mod).join(", ") || "nothing"}).`,
    );
  }
  await (start as (c: Config) => Promise<void>)(config);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof StartupError) {
    console.error(err.message);
  } else {
    console.error(`ROCB Desk could not start: ${(err as Error)?.message ?? String(err)}`);
  }
  process.exit(1);
});
