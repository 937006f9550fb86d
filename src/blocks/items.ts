import type { KnownBlock, TableBlock } from "@slack/types";
import type { ActionItem, ItemDetail } from "../catalogue/items.ts";
import type { Plan } from "../catalogue/plans.ts";
import type { Workshop } from "../catalogue/workshops.ts";
import { context, fields, header, section } from "./builders.ts";
import { formatDateRange } from "./dates.ts";
import { escapeMrkdwn as esc, quote } from "./escape.ts";
import { table } from "./table.ts";

/** An action item in a list: its code, plan, action and KPIs. */
export interface ItemRow {
  item: ActionItem;
  plan: Plan | undefined;
  kpis: string[];
}

/** Action items as one table: code · plan · action · KPI. */
export function itemTable(rows: readonly ItemRow[]): TableBlock {
  return table(
    [
      { title: "Item" },
      { title: "Plan" },
      { title: "Action", width: 400, wrap: true },
      { title: "KPI", width: 300, wrap: true },
    ],
    rows.map((r) => [r.item.code, r.plan?.label ?? null, r.item.action, r.kpis.join("; ")]),
  );
}

export interface KpiCard {
  item: ActionItem;
  plan: Plan;
  detail: ItemDetail;
  workshops: Workshop[];
  /** mrkdwn lines from the KPI status module. */
  status: string[];
  /** Other plans with an item of the same code. */
  alsoIn: Plan[];
  /** What an undated workshop shows instead of dates. */
  undated: (w: Workshop) => string;
}

/** How many lines of planned work a card shows; the rest are one command away. */
const PLANNED_SHOWN = 12;

/**
 * Planned work as one list: each planned activity once, with the state of the workshop it became (dates or
 * why none, status, id), then workshops linked to the item that no activity names.
 */
function plannedWork(card: KpiCard): string[] {
  const byId = new Map(card.workshops.map((w) => [w.id, w]));
  const named = new Set<number>();
  // "planned" says nothing more than the wording of a workshop without dates.
  const state = (w: Workshop) =>
    [
      w.startDate ? formatDateRange(w.startDate, w.endDate) : card.undated(w),
      w.startDate || w.status !== "planned" ? w.status : "",
      `id ${w.id}`,
    ]
      .filter(Boolean)
      .join(" · ");
  const lines = card.detail.activities.map((a) => {
    const w = a.workshopId === null ? undefined : byId.get(a.workshopId);
    if (w) named.add(w.id);
    return `• ${quote(a.text, 180)}${w ? ` · ${esc(state(w))}` : ""}`;
  });
  for (const w of card.workshops) {
    if (!named.has(w.id)) lines.push(`• ${quote(w.title, 180)} · ${esc(state(w))}`);
  }
  return lines;
}

/** `/kpi <code>`: everything the plan says about one action item, and its status. */
export function kpiCard(card: KpiCard): KnownBlock[] {
  const { item, plan, detail } = card;
  const planned = plannedWork(card);
  const shown = planned.slice(0, PLANNED_SHOWN);
  if (planned.length > PLANNED_SHOWN)
    shown.push(
      `…and ${planned.length - PLANNED_SHOWN} more: \`/workshops item:${item.code}\` lists its workshops.`,
    );
  const seeAlso = detail.seeAlso.map((s) => s.code);
  const blocks: (KnownBlock | null)[] = [
    header(`${item.code} · ${plan.label}`),
    section(quote(item.action, 2900)),
    ...fields([
      ["RSP reference", item.rspRef ? esc(item.rspRef) : "not given"],
      ["Deadline", item.deadline ? esc(item.deadline) : "not given"],
      [detail.kpis.length > 1 ? "KPIs" : "KPI", esc(detail.kpis.join("\n")) || "not given"],
      [detail.targets.length > 1 ? "Targets" : "Target", esc(detail.targets.join("\n")) || "not given"],
    ]),
    section(`*Status*\n${card.status.length ? card.status.join("\n") : "no measurement yet"}`),
    shown.length ? section(`*Planned work* (${planned.length})\n${shown.join("\n")}`) : null,
  ];
  const also = card.alsoIn.slice(0, 6).map((p) => `\`/kpi ${item.code} ${p.label}\``);
  const more = [
    seeAlso.length ? `See also ${seeAlso.slice(0, 20).join(", ")}${seeAlso.length > 20 ? " …" : ""}` : "",
    also.length ? `Also in ${also.join(", ")}` : "",
  ].filter(Boolean);
  if (more.length) blocks.push(context(more.join(" · ")));
  return blocks.filter((b): b is KnownBlock => b !== null);
}
