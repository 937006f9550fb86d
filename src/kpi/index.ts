import type { CommandContext } from "../context.ts";
import type { Db } from "../db/open.ts";
import type { Reply } from "../reply.ts";

/** One line of status per KPI of an action item, in mrkdwn; until measurements exist: "no measurement yet". */
export function describeItemStatus(_db: Db, _actionItemId: number, _now: Date): string[] {
  return ["no measurement yet"];
}

/** `/kpi set|history|behind|export …`; null when `sub` is not one of these. */
export function handleKpiSubcommand(
  _sub: string,
  _rest: string,
  _ctx: CommandContext,
): Promise<Reply> | null {
  return null;
}
