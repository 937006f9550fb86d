import type { ItemRef, ParsedActivity, ParsedItem } from "../parsed.ts";

const codeOf = (r: ItemRef) => `${r.pillar}-${r.letter}`;
const keyOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * A work plan lists an activity under every item it serves, each time with "(See also …)" naming the
 * others, so the item an activity is printed under is the one its own note leaves out: printed under
 * 1-(a) with "See also 1-(y)" and under 1-(aa) with "See also 1-(a)", the second belongs to 1-(y).
 * Returns, for each activity whose note places it under another item of the plan, that item's code.
 */
function owners(items: ParsedItem[]): Map<ParsedActivity, string> {
  const seen = new Map<string, Array<{ item: ParsedItem; activity: ParsedActivity }>>();
  for (const item of items) {
    for (const activity of item.activities) {
      if (activity.text === "") continue;
      const list = seen.get(keyOf(activity.text)) ?? [];
      list.push({ item, activity });
      seen.set(keyOf(activity.text), list);
    }
  }
  const codes = new Set(items.map(codeOf));
  const out = new Map<ParsedActivity, string>();
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const served = new Set(list.flatMap(({ activity }) => activity.seeAlso.map(codeOf)));
    for (const { item, activity } of list) {
      if (activity.seeAlso.length === 0) continue;
      const left = [...served].filter((c) => !activity.seeAlso.some((r) => codeOf(r) === c));
      const [owner] = left;
      if (left.length === 1 && owner && owner !== codeOf(item) && codes.has(owner)) out.set(activity, owner);
    }
  }
  return out;
}

/**
 * A PDF export prints a column's bullets where they fit, so runs of other items' bullets can land
 * under a later label. Bullets whose See-also notes place them under another item go to it, and so
 * do the bullets of their run: those printed between them and the next placed bullet, and a note cut
 * off its bullet just before the first (an empty activity with only See-also references). Bullets
 * after the last placed one are the item's own. An indicator printed beside a run that moves (its
 * line within the run's) goes with it to an item that has none, when the giver keeps one or it was
 * printed between two of the run's bullets.
 * `kpiLines` gives the source line of each of an item's indicators, where known.
 */
export function handOutActivities(
  items: ParsedItem[],
  kpiLines = new Map<ParsedItem, number[]>(),
): ParsedItem[] {
  const owner = owners(items);
  const byCode = new Map(items.map((i) => [codeOf(i), i]));
  for (const item of items) {
    const list = item.activities;
    const goes = destinations(list, owner).map((code) => (code === codeOf(item) ? undefined : code));
    item.activities = list.filter((_, k) => !byCode.has(goes[k] ?? ""));
    for (const code of new Set(goes)) {
      const to = byCode.get(code ?? "");
      if (!to) continue;
      const run = list.filter((_, k) => goes[k] === code);
      for (const a of run) receive(to, a);
      moveKpisBeside(item, to, run, kpiLines);
    }
  }
  return items;
}

function moveKpisBeside(
  from: ParsedItem,
  to: ParsedItem,
  run: ParsedActivity[],
  kpiLines: Map<ParsedItem, number[]>,
) {
  const lines = kpiLines.get(from) ?? [];
  if (to.kpis.length > 0 || lines.length !== from.kpis.length) return;
  const lo = Math.min(...run.map((a) => a.line));
  const hi = Math.max(...run.map((a) => a.line));
  const beside = lines.flatMap((l, j) => (l >= lo && l <= hi ? [j] : []));
  // An indicator printed between two of the run's bullets is the run's even if the giver keeps none
  // (its own was not printed); one on the run's first or last line may be the giver's.
  const amid = beside.every((j) => (lines[j] ?? lo) > lo && (lines[j] ?? hi) < hi);
  if (beside.length === 0 || (beside.length >= from.kpis.length && !amid)) return;
  to.kpis.push(...beside.map((j) => from.kpis[j] as string));
  from.kpis = from.kpis.filter((_, j) => !beside.includes(j));
  kpiLines.set(
    from,
    lines.filter((_, j) => !beside.includes(j)),
  );
}

/** Where each activity of a list goes (undefined: it stays). */
function destinations(list: ParsedActivity[], owner: Map<ParsedActivity, string>): Array<string | undefined> {
  let lastPlaced = -1;
  list.forEach((a, k) => {
    if (owner.has(a)) lastPlaced = k;
  });
  let run: string | undefined;
  return list.map((a, k) => {
    run = owner.get(a) ?? run;
    const next = list[k + 1];
    const cutNote = a.text === "" && next !== undefined && owner.has(next);
    if (k > lastPlaced) return undefined;
    return cutNote && next ? owner.get(next) : run;
  });
}

// A note cut off its bullet joins the bullet before; an activity already listed is not listed twice.
function receive(item: ParsedItem, a: ParsedActivity): void {
  const into =
    a.text === "" ? item.activities.at(-1) : item.activities.find((b) => keyOf(b.text) === keyOf(a.text));
  if (into) into.seeAlso.push(...a.seeAlso.filter((r) => !into.seeAlso.some((p) => codeOf(p) === codeOf(r))));
  else item.activities.push(a);
}
