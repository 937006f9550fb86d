import { expect } from "vitest";
import { checkLimits } from "../../src/blocks/index.ts";
import type { Reply } from "../../src/reply.ts";

/** Every reply: within Slack's limits, with a fallback text. Returns the reply's text for further checks. */
export function valid(reply: Reply): string {
  expect(checkLimits(reply.blocks)).toEqual([]);
  expect(reply.text.length).toBeGreaterThan(0);
  return reply.text;
}

/** The workshop table's rows as cells by column title (heading rows left out). */
function workshopRows(reply: Reply): Array<Record<string, string>> {
  const table = reply.blocks.find((b) => b.type === "table");
  if (!table || table.type !== "table") return [];
  const [head = [], ...rows] = table.rows.map((r) => r.map((c) => (c.type === "raw_text" ? c.text : "")));
  return rows
    .map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])))
    .filter((r) => /^\d+$/.test(r.Id ?? ""));
}

/** Titles of the workshops listed, in order (the table's Workshop column). */
export function listedTitles(reply: Reply): string[] {
  return workshopRows(reply).map((r) => r.Workshop ?? "");
}

/** Ids of the workshops listed, in order (the table's Id column). */
export function listedIds(reply: Reply): number[] {
  return workshopRows(reply).map((r) => Number(r.Id));
}

export function buttonValues(reply: Reply, actionId: string): string[] {
  return reply.blocks.flatMap((b) =>
    b.type === "actions"
      ? b.elements
          .filter((e) => e.type === "button" && e.action_id === actionId)
          .map((e) => (e.type === "button" ? (e.value ?? "") : ""))
      : [],
  );
}
