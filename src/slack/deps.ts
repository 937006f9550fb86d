import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { CommandContext, CommandHandler } from "../context.ts";
import type { Db } from "../db/open.ts";
import { readOnly } from "../db/read-only.ts";
import type { Reply } from "../reply.ts";
import type { CatalogueSearch } from "../search/index.ts";
import type { CommandRef } from "./payloads.ts";
import type { ShareStore } from "./shares.ts";
import type { IsStaff } from "./staff.ts";
import { nextTurn } from "./turns.ts";

/** Everything the Slack side needs, passed in explicitly (tests build their own). */
export interface SlackDeps {
  config: Config;
  db: Db;
  search: CatalogueSearch;
  logger: Logger;
  isStaff: IsStaff;
  /** Keyed by slash command (`/workshops`); the real app passes `commands/index.ts`. */
  commands: Record<string, CommandHandler>;
  now: () => Date;
  /** Answers kept for "Share in channel"; the app factory provides one when the caller does not. */
  shares?: ShareStore;
}

/**
 * Runs a command's handler for one person, once the acks waiting have been sent (`nextTurn`); throws
 * what the handler throws. A button ("Next") runs it `readOnly`: a command that would write throws
 * `ReadOnlyViolation` before anything is written.
 */
export async function runCommand(
  deps: SlackDeps,
  ref: CommandRef,
  userId: string,
  access: "read-write" | "read-only" = "read-write",
): Promise<Reply> {
  const handler = deps.commands[ref.c];
  if (!handler) throw new UnknownCommandError(ref.c);
  await nextTurn();
  const ctx: CommandContext = {
    db: access === "read-only" ? readOnly(deps.db) : deps.db,
    search: deps.search,
    config: deps.config,
    now: deps.now(),
    userId,
    isStaff: () => deps.isStaff(userId),
    offset: ref.o,
  };
  return handler(ref.t, ctx);
}

export class UnknownCommandError extends Error {
  override name = "UnknownCommandError";
  readonly command: string;

  constructor(command: string) {
    super(`no handler for ${command}`);
    this.command = command;
  }
}

/** One log line per request: what, who, how long, how it ended. Never the command's text. */
export function logRequest(
  logger: Pick<Logger, "info">,
  line: {
    kind: string;
    name: string;
    user: string;
    startedAt: number;
    outcome: string;
    [k: string]: unknown;
  },
): void {
  const { startedAt, ...rest } = line;
  logger.info({ ...rest, latencyMs: Date.now() - startedAt }, "request");
}

/** When the request reached us (set by the HTTP receiver), else now. */
export function startedAt(context: Record<string, unknown>): number {
  return typeof context.receivedAt === "number" ? context.receivedAt : Date.now();
}
