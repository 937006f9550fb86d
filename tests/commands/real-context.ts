import { openCatalogue } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import type { CommandContext } from "../../src/context.ts";

/** The bundled documents imported into memory (AWP 2024-2025 in force on 2024-09-01), asked by staff. */
export function realCatalogueContext(): CommandContext {
  const { db, search } = openCatalogue({ DATABASE_PATH: ":memory:" }, new Date("2024-09-01T00:00:00Z"));
  return {
    db,
    search,
    config: loadConfig({} as NodeJS.ProcessEnv),
    now: new Date("2024-09-01T03:00:00Z"),
    userId: "U1",
    isStaff: async () => true,
    offset: 0,
  };
}
