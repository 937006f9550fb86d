import { timingSafeEqual } from "node:crypto";
import type { ServerResponse } from "node:http";
import { allWorkshops } from "../catalogue/workshops.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/open.ts";
import type { HttpRoute } from "../http/route.ts";
import { calendarFeed } from "./feed.ts";
import { CALENDAR_PATH } from "./url.ts";

export interface CalendarDeps {
  db: Db;
  now: () => Date;
  config: Pick<Config, "CALENDAR_TOKEN" | "OFFICE_TIMEZONE">;
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

function notFound(res: ServerResponse): void {
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  res.end("Not found\n");
}

/** `GET /calendar.ics`: the dated workshops as an iCalendar feed; with CALENDAR_TOKEN, only with `?token=`. */
export function calendarRoute(deps: CalendarDeps): HttpRoute {
  return {
    method: "GET",
    path: CALENDAR_PATH,
    async handle(_req, res, url) {
      const token = deps.config.CALENDAR_TOKEN;
      // A wrong token looks like no feed at all: the address is the secret.
      if (token && !sameToken(url.searchParams.get("token") ?? "", token)) return notFound(res);
      const body = await calendarFeed(allWorkshops(deps.db), {
        now: deps.now(),
        timeZone: deps.config.OFFICE_TIMEZONE,
        name: "ROCB A/P workshops",
      });
      res.writeHead(200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "cache-control": "max-age=900",
        "x-content-type-options": "nosniff",
      });
      res.end(body);
    },
  };
}
