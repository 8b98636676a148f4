/**
 * How long each experiment cell ran at workshop sizes, in seconds, by `<lesson>/<cell>`: the
 * `workshop-run-s` rows of one bench run (`bench/budgets/workshopRunTimes.ts`), copied here for
 * the instructors' page, with where and when they were measured.
 */
export const RUN_TIMES_MEASURED = {
  on: "",
  machine: "",
  command: "CORELAB_BENCH_ONLY=workshopRunTimes npm run bench",
};

export const WORKSHOP_RUN_SECONDS: Record<string, number> = {};
