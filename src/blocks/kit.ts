import type { KnownBlock } from "@slack/types";

/**
 * Slack's `data_visualization` block (announced June 2026), typed here because @slack/types 3.2 does not
 * type it yet: https://docs.slack.dev/reference/block-kit/blocks/data-visualization-block. The limits
 * this project relies on (checked in `limits.ts`):
 * - `title`: at most 50 characters; `x_label` / `y_label`: at most 50;
 * - `pie`: 1 to 6 segments; `bar` / `line` / `area`: 1 to 6 series with unique names of at most 20
 *   characters, each of 1 to 20 data points whose labels (at most 20 characters) are the axis categories;
 * - at most two of these blocks in one message (not in the reference; Slack answers `invalid_blocks`
 *   to a third, as reported when the block was new, vercel/chat#696);
 * - a workspace that does not have the block yet answers `invalid_blocks`: the message is sent again
 *   without it (`withoutCharts`), so every chart's figures also stand in a table or in words beside it.
 * Surfaces: messages and the Home tab; never a modal.
 */
export interface DataVisualizationBlock {
  type: "data_visualization";
  block_id?: string;
  title: string;
  chart: Chart;
}

export interface ChartPoint {
  label: string;
  value: number;
}

export interface DataSeries {
  name: string;
  data: ChartPoint[];
}

export interface AxisConfig {
  categories: string[];
  x_label?: string;
  y_label?: string;
}

export type Chart =
  | { type: "pie"; segments: ChartPoint[] }
  | { type: "bar" | "line" | "area"; series: DataSeries[]; axis_config: AxisConfig };

/** Any block a reply or view may hold: Block Kit's typed blocks and the chart. */
export type ReplyBlock = KnownBlock | DataVisualizationBlock;

export const isChart = (b: ReplyBlock): b is DataVisualizationBlock => b.type === "data_visualization";

/** The same answer without its charts, for a workspace that refuses them; tables and text carry the figures. */
export function withoutCharts<B extends ReplyBlock>(
  blocks: readonly B[],
): Exclude<B, DataVisualizationBlock>[] {
  return blocks.filter((b): b is Exclude<B, DataVisualizationBlock> => !isChart(b));
}
