import { fieldAccuracy, importRendering, seedPlans } from "../tests/import/renderings/catalogue.ts";
import { LAYOUTS, PLAIN_STYLE, renderPlan } from "../tests/import/renderings/render.ts";
import { percentile } from "./stats.ts";

/**
 * The renderings suite as figures: every seed plan printed in every layout, imported again, and its
 * fields compared with the original's; with the time one rendering's import takes.
 */
export async function benchRenderings(runs = 5): Promise<string> {
  const started = performance.now();
  const plans = seedPlans();
  const rows: string[] = [];
  const perLayout = new Map<string, { right: number; total: number; times: number[] }>();
  for (const { file, plan } of plans) {
    const cells: string[] = [];
    for (const layout of LAYOUTS) {
      const text = renderPlan(plan, { ...PLAIN_STYLE, layout });
      const times: number[] = [];
      let read = importRendering(text);
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        read = importRendering(text);
        times.push(performance.now() - started);
      }
      const { right, total } = fieldAccuracy(plan, read);
      const sum = perLayout.get(layout) ?? { right: 0, total: 0, times: [] };
      perLayout.set(layout, {
        right: sum.right + right,
        total: sum.total + total,
        times: [...sum.times, ...times],
      });
      cells.push(`${right}/${total}`);
    }
    rows.push(
      `| ${file.slice(0, 3)} ${plan.kind} ${plan.periodStart.slice(0, 4)}-${plan.periodEnd.slice(0, 4)} | ${plan.items.length} | ${cells.join(" | ")} |`,
    );
  }
  const layouts = [...perLayout.entries()];
  const renderings = plans.length * LAYOUTS.length;
  const wall = performance.now() - started;
  return [
    "## Renderings: every seed plan re-printed in every layout and imported again",
    "",
    `Fields right / fields of the original (6 per item: action, RSP reference, KPIs, targets, deadline, activities); ${runs} timed imports per rendering.`,
    "",
    `| plan | items | ${LAYOUTS.join(" | ")} |`,
    `|---|---|${LAYOUTS.map(() => "---").join("|")}|`,
    ...rows,
    `| all plans | ${plans.reduce((n, p) => n + p.plan.items.length, 0)} | ${layouts.map(([, s]) => `${s.right}/${s.total}`).join(" | ")} |`,
    `| median import of one rendering | | ${layouts.map(([, s]) => `${percentile(s.times, 50).toFixed(1)} ms`).join(" | ")} |`,
    "",
    `Whole pass (read the seeds, print ${renderings} renderings, import each ${runs + 1} times): ${wall.toFixed(0)} ms.`,
  ].join("\n");
}
