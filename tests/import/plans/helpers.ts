import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedItem, ParsedPlan } from "../../../src/import/parsed.ts";

const DATA = join(import.meta.dirname, "../../../data");

export function seedLines(prefix: string): string[] {
  const name = readdirSync(DATA).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed file ${prefix}`);
  return readFileSync(join(DATA, name), "utf8").split(/\r?\n/);
}

export function counts(plan: ParsedPlan): number[] {
  return [1, 2, 3, 4].map((p) => plan.items.filter((i) => i.pillar === p).length);
}

export function item(plan: ParsedPlan, pillar: number, letter: string): ParsedItem {
  const found = plan.items.find((i) => i.pillar === pillar && i.letter === letter);
  if (!found) throw new Error(`no item ${pillar}-(${letter})`);
  return found;
}

export function refs(list: Array<{ pillar: number; letter: string }>): string[] {
  return list.map((r) => `${r.pillar}-${r.letter}`);
}
