import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.ts";
import { registerActions } from "./actions.ts";
import { registerCommands } from "./commands.ts";
import { registerHome } from "./home.ts";
import { registerMessages } from "./messages.ts";
import { registerWorkshopAdmin } from "./workshop-admin.ts";

/** Every listener this folder owns; the survey listeners are registered by the app factory when present. */
export function registerListeners(app: App, deps: SlackDeps): void {
  registerCommands(app, deps);
  registerActions(app, deps);
  registerHome(app, deps);
  registerWorkshopAdmin(app, deps);
  registerMessages(app, deps);
}
