import type { Config } from "./config.ts";
import type { Db } from "./db/open.ts";
import type { Reply } from "./reply.ts";
import type { CatalogueSearch } from "./search/index.ts";

/** Everything a command handler may use; Slack, the console and tests all build one. */
export interface CommandContext {
  db: Db;
  search: CatalogueSearch;
  config: Config;
  now: Date;
  /** Slack user ID, or "console" locally. */
  userId: string;
  isStaff(): Promise<boolean>;
  /** Offset of the page asked for by a "Next" button; 0 for a typed command. */
  offset: number;
}

export type CommandHandler = (text: string, ctx: CommandContext) => Reply | Promise<Reply>;
