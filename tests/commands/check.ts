import { expect } from "vitest";
import { checkLimits } from "../../src/blocks/index.ts";
import type { Reply } from "../../src/reply.ts";

/** Every reply: within Slack's limits, with a fallback text. Returns the reply's text for further checks. */
export function valid(reply: Reply): string {
  expect(checkLimits(reply.blocks)).toEqual([]);
  expect(reply.text.length).toBeGreaterThan(0);
  return reply.text;
}

/** Titles of the workshops listed, in order (from the "Details" buttons' sections). */
export function listedTitles(reply: Reply): string[] {
  return reply.blocks
    .filter((b) => b.type === "section" && b.accessory?.type === "button")
    .map((b) => (b.type === "section" ? (b.text?.text.split("\n")[0] ?? "") : "").replace(/^\*|\*$/g, ""));
}

export function listedIds(reply: Reply): number[] {
  return reply.blocks
    .map((b) => (b.type === "section" && b.accessory?.type === "button" ? Number(b.accessory.value) : null))
    .filter((v): v is number => v !== null);
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
