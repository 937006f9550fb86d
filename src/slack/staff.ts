import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { WebClient } from "./web-client.ts";

export interface StaffCheckOptions {
  config: Pick<Config, "STAFF_USER_IDS" | "STAFF_USERGROUP_ID">;
  /** Needed only with STAFF_USERGROUP_ID (scope `usergroups:read`). */
  client?: Pick<WebClient, "usergroups">;
  logger: Pick<Logger, "debug" | "warn">;
  /** How long the group's member list is trusted. */
  ttlMs?: number;
  nowMs?: () => number;
}

export type IsStaff = (userId: string) => Promise<boolean>;

/**
 * Staff are the user IDs in STAFF_USER_IDS and the members of STAFF_USERGROUP_ID. The group is read
 * with `usergroups.users.list` and cached for `ttlMs`; a failed read throws (the caller tells the
 * person what happened) and is not cached, so the next check asks Slack again.
 */
export function createStaffCheck(options: StaffCheckOptions): IsStaff {
  const { config, client, logger } = options;
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const nowMs = options.nowMs ?? Date.now;
  const listed = new Set(config.STAFF_USER_IDS);
  const groupId = config.STAFF_USERGROUP_ID;
  let cache: { members: Set<string>; at: number } | null = null;
  let inFlight: Promise<Set<string>> | null = null;

  const groupMembers = async (): Promise<Set<string>> => {
    if (cache && nowMs() - cache.at < ttlMs) return cache.members;
    if (!client || !groupId) return new Set();
    // Concurrent checks share one call, so a burst of clicks does not become a burst of API calls.
    inFlight ??= client.usergroups.users
      .list({ usergroup: groupId })
      .then((res) => {
        const members = new Set(res.users ?? []);
        cache = { members, at: nowMs() };
        logger.debug({ usergroup: groupId, members: members.size }, "staff user group loaded");
        return members;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  return async (userId: string) => {
    if (listed.has(userId)) return true;
    if (!groupId) return false;
    return (await groupMembers()).has(userId);
  };
}
