import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "pino";
import { VERIFIED } from "../receiver.ts";

/**
 * The second line of defence in HTTP mode: a request reaches a listener only if the receiver marked it
 * as signature-checked. Should a future receiver or route hand Bolt a request some other way, it is
 * dropped here instead of being run as whoever the body claims to be.
 */
export function requireVerified(logger: Pick<Logger, "warn">): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    if (context[VERIFIED] === true) return next();
    logger.warn({ outcome: "unverified" }, "request dropped: it did not pass the signature check");
  };
}
