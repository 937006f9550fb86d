export { actions, button, capBlocks, context, divider, fields, header, section } from "./builders.ts";
export { formatDate, formatDateRange, officeToday } from "./dates.ts";
export { escapeMrkdwn, oneLine, quote, truncate } from "./escape.ts";
export { checkLimits, LIMITS } from "./limits.ts";
export { blocksToPlain, mrkdwnToPlain } from "./plain.ts";
export {
  errorReply,
  isErrorReply,
  listButtons,
  makeReply,
  type Page,
  pageCount,
  shareButton,
} from "./reply.ts";
