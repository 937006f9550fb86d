import type { App } from "@slack/bolt";
import { withoutCharts } from "../../blocks/kit.ts";
import { calendarUrl } from "../../calendar/url.ts";
import { logRequest, type SlackDeps } from "../deps.ts";
import { isInvalidBlocks, isSlackApiError } from "../errors.ts";
import { homeData } from "../home-data.ts";
import { homeOpenedSchema } from "../payloads.ts";
import { homeView } from "../views.ts";

/** App Home: rebuilt and published each time the person opens the Home tab. */
export function registerHome(app: App, deps: SlackDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    const started = Date.now();
    const parsed = homeOpenedSchema.safeParse(event);
    if (!parsed.success || (parsed.data.tab && parsed.data.tab !== "home")) return;
    const user = parsed.data.user;
    let outcome = "published";
    try {
      // A failed staff check must not hide the whole tab: the person sees the public part.
      const staff = await deps.isStaff(user).catch((err: unknown) => {
        deps.logger.warn({ err, user }, "staff check failed; App Home shown without the staff section");
        return false;
      });
      const data = homeData(deps.db, deps.now(), deps.config.OFFICE_TIMEZONE, staff);
      const view = homeView(data, calendarUrl(deps.config));
      try {
        await client.views.publish({ user_id: user, view });
      } catch (err) {
        // A workspace without the chart block yet: the same tab, its figures in the tables and lines.
        if (!isInvalidBlocks(err)) throw err;
        outcome = "published without charts";
        await client.views.publish({ user_id: user, view: { ...view, blocks: withoutCharts(view.blocks) } });
      }
    } catch (err) {
      outcome = "failed";
      deps.logger.error({ err, user, slack: isSlackApiError(err) }, "App Home not published");
    }
    logRequest(deps.logger, { kind: "event", name: "app_home_opened", user, startedAt: started, outcome });
  });
}
