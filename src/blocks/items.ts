import type { KnownBlock } from "@slack/types";
import type { ActionItem, ItemDetail } from "../catalogue/items.ts";
import type { Plan } from "../catalogue/plans.ts";
import type { Workshop } from "../catalogue/workshops.ts";
import { context, fields, header, section } from "./builders.ts";
import { formatDateRange } from "./dates.ts";
import { escapeMrkdwn as esc, oneLine, truncate } from "./escape.ts";

const bullets = (title: string, lines: string[], max: number, noun: string): KnownBlock | null => {
  if (lines.length === 0) return null;
  const shown = lines.slice(0, max);
  if (lines.length > max) shown.push(`…and ${lines.length - max} more ${noun}.`);
  return section(`*${title}*\n${shown.join("\n")}`);
};

/** One action item in a list: code, plan, action and KPI. */
export function itemEntry(item: ActionItem, plan: Plan | undefined, kpis: string[]): KnownBlock {
  const kpi = kpis.length ? `\nKPI: ${esc(truncate(oneLine(kpis.join("; ")), 300))}` : "";
  const where = plan ? ` · ${esc(plan.label)}` : "";
  return section(`*${item.code}*${where}\n${esc(truncate(oneLine(item.action), 600))}${kpi}`);
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
}

/** `/kpi <code>`: everything the plan says about one action item, and its status. */
export function kpiCard(card: KpiCard): KnownBlock[] {
  const { item, plan, detail } = card;
  const blocks: (KnownBlock | null)[] = [
    header(`${item.code} · ${plan.label}`),
    section(esc(truncate(oneLine(item.action), 2900))),
    ...fields([
      ["RSP reference", item.rspRef ? esc(item.rspRef) : "not given"],
      ["Deadline", item.deadline ? esc(item.deadline) : "not given"],
      [detail.kpis.length > 1 ? "KPIs" : "KPI", esc(detail.kpis.join("\n")) || "not given"],
      [detail.targets.length > 1 ? "Targets" : "Target", esc(detail.targets.join("\n")) || "not given"],
    ]),
    section(`*Status*\n${card.status.length ? card.status.join("\n") : "no measurement yet"}`),
    bullets(
      "Planned activities",
      detail.activities.map((a) => `• ${esc(truncate(oneLine(a.text), 250))}`),
      12,
      "activities",
    ),
    bullets(
      "Workshops",
      card.workshops.map(
        (w) =>
          `• ${esc(truncate(oneLine(w.title), 180))} · ${formatDateRange(w.startDate, w.endDate)} · ${w.status} · id ${w.id}`,
      ),
      12,
      "workshops",
    ),
    bullets(
      "See also",
      detail.seeAlso.map((s) => `• *${s.code}* ${s.item ? esc(truncate(oneLine(s.item.action), 120)) : ""}`),
      15,
      "items",
    ),
  ];
  const also = card.alsoIn.slice(0, 6).map((p) => `\`/kpi ${item.code} ${p.label}\``);
  if (also.length) blocks.push(context(`Also in ${also.join(", ")}`));
  return blocks.filter((b): b is KnownBlock => b !== null);
}
