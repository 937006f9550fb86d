import type { Migration } from "../migrate.ts";
import { catalogue } from "./0001-catalogue.ts";
import { surveys } from "./0002-surveys.ts";

/** Every migration, in order; a migration's version is its position (1-based). */
export const migrations: readonly Migration[] = [catalogue, surveys];
