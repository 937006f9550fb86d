export { compareCodes, formatCode, type ItemCode, letterRank, parseCode } from "./codes.ts";
export {
  type ActionItem,
  findItem,
  type ItemDetail,
  itemDetail,
  itemsByIds,
  itemsOfPlan,
  itemsWithCode,
  itemTexts,
  lettersOfPillar,
} from "./items.ts";
export { type Period, parsePeriod } from "./periods.ts";
export {
  defaultPlan,
  latestPlan,
  listPlans,
  matchPlans,
  type Plan,
  type PlanSelector,
  parsePlanSelector,
  planById,
} from "./plans.ts";
export {
  countsAsWorkshop,
  OTHER_EVENT_KINDS,
  TRAINING_KINDS,
  WORKSHOP_KINDS,
  WORKSHOP_STATUSES,
  type WorkshopKind,
  type WorkshopStatus,
} from "./vocabulary.ts";
export {
  allWorkshops,
  type EventScope,
  pastSpan,
  pastWorkshops,
  type ServedItem,
  undatedWorkshopsOfPlan,
  upcomingWorkshops,
  type Workshop,
  workshopById,
  workshopIdsNewestFirst,
  workshopsByIds,
  workshopsOfItem,
  workshopsOfPlan,
} from "./workshops.ts";
