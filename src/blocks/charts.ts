import { oneLine } from "./escape.ts";
import type { DataVisualizationBlock } from "./kit.ts";
import { LIMITS } from "./limits.ts";

/** Cut without an ellipsis: a chart label is a short name, and "…" would cost one of its 20 characters. */
const clip = (text: string, max: number) => {
  const t = oneLine(text);
  return t.length <= max ? t : t.slice(0, max).trimEnd();
};

/** Labels cut to Slack's length and kept apart: two labels that end up the same get a number. */
function labels(names: readonly string[], max: number): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let label = clip(name, max) || "–";
    for (let n = 2; seen.has(label); n++) label = `${clip(name, max - String(n).length - 1)} ${n}`;
    seen.add(label);
    return label;
  });
}

export interface ChartSeries {
  name: string;
  /** One value per category, in the categories' order; null where the series has no figure. */
  values: readonly (number | null)[];
}

export interface ChartSpec {
  title: string;
  type: "bar" | "line" | "area";
  categories: readonly string[];
  series: readonly ChartSeries[];
  xLabel?: string;
  yLabel?: string;
}

/**
 * A bar, line or area chart within Slack's limits: the first 20 categories and 6 series (callers
 * aggregate before, and say so when they cut), labels of at most 20 characters.
 */
export function chart(spec: ChartSpec): DataVisualizationBlock {
  const categories = labels(spec.categories.slice(0, LIMITS.chartPoints), LIMITS.chartLabel);
  const names = labels(
    spec.series.slice(0, LIMITS.chartSeries).map((s) => s.name),
    LIMITS.chartLabel,
  );
  return {
    type: "data_visualization",
    title: clip(spec.title, LIMITS.chartTitle),
    chart: {
      type: spec.type,
      series: names
        .map((name, i) => ({
          name,
          data: categories.flatMap((label, j) => {
            const value = spec.series[i]?.values[j];
            return typeof value === "number" && Number.isFinite(value) ? [{ label, value }] : [];
          }),
        }))
        .filter((s) => s.data.length > 0),
      axis_config: {
        categories,
        ...(spec.xLabel ? { x_label: clip(spec.xLabel, LIMITS.axisLabel) } : {}),
        ...(spec.yLabel ? { y_label: clip(spec.yLabel, LIMITS.axisLabel) } : {}),
      },
    },
  };
}
