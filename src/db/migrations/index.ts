import type { Migration } from "../migrate.ts";
import { catalogue } from "./0001-catalogue.ts";
import { surveys } from "./0002-surveys.ts";
import { kpiMeasurements } from "./0003-kpi-measurements.ts";
import { eventPlace } from "./0004-event-place.ts";
import { surveyMail } from "./0005-survey-mail.ts";
import { abbreviations } from "./0006-abbreviations.ts";
import { reminderRetries } from "./0007-reminder-retries.ts";
import { durableChecks } from "./0008-durable-checks.ts";

/** Every migration, in order; a migration's version is its position (1-based). */
export const migrations: readonly Migration[] = [
  catalogue,
  surveys,
  kpiMeasurements,
  eventPlace,
  surveyMail,
  abbreviations,
  reminderRetries,
  durableChecks,
];
