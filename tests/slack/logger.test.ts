import { expect, it } from "vitest";
import { createLogger } from "../../src/slack/logger.ts";

it("writes JSON lines with an ISO 8601 time, not epoch milliseconds", () => {
  const lines: string[] = [];
  const logger = createLogger({ LOG_LEVEL: "info" }, { write: (line) => lines.push(line) });
  logger.info("started");
  const line = JSON.parse(lines[0] ?? "{}") as { time?: unknown; msg?: string };
  expect(line.msg).toBe("started");
  expect(line.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
});
