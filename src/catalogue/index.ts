export { compareCodes, formatCode, type ItemCode, letterRank, parseCode } from "./codes.ts";
export {
  type ActionItem,
  findItem,
  type ItemDetail,
  itemDetail,
  itemsByIds,
  itemsOfPlan,
  itemsWithCode,
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
  pastWorkshops,
  type ServedItem,
  undatedWorkshopsOfPlan,
  upcomingWorkshops,
  WORKSHOP_KINDS,
  type Workshop,
  type WorkshopKind,
  workshopById,
  workshopsByIds,
  workshopsOfItem,
  workshopsOfPlan,
} from "./workshops.ts";
