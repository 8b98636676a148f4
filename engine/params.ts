import type { ParamSpec, ParamValues } from "./experiment";

/** The values a cell starts with: each param's default, or under workshop sizes its `quick` value. */
export function initialParams(specs: Record<string, ParamSpec>, workshop: boolean): ParamValues {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      workshop ? (spec.quick ?? spec.default) : spec.default,
    ]),
  );
}

/** Why a value is refused, with the valid range; null when it is fine. */
export function paramProblem(spec: ParamSpec, value: number): string | null {
  const range = `${formatNumber(spec.min)} to ${formatNumber(spec.max)}${spec.unit ? ` ${spec.unit}` : ""}`;
  if (!Number.isFinite(value)) return `${spec.label} must be a number from ${range}.`;
  if (value < spec.min || value > spec.max) return `${spec.label} must be from ${range}.`;
  if (Number.isInteger(spec.step) && !Number.isInteger(value)) {
    return `${spec.label} must be a whole number from ${range}.`;
  }
  return null;
}

/** Every problem in a set of values, keyed by param name. */
export function paramProblems(
  specs: Record<string, ParamSpec>,
  values: ParamValues,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const problem = paramProblem(spec, values[name] ?? Number.NaN);
    if (problem) problems[name] = problem;
  }
  return problems;
}

const numberFormat = new Intl.NumberFormat("en");
export const formatNumber = (value: number) => numberFormat.format(value);

/**
 * The "trials per point" control most experiments share: 3 under workshop sizes.
 *
 * @example params: { maxN: {...}, trials: trialsParam() }
 */
export function trialsParam(defaultTrials = 5): ParamSpec {
  return {
    label: "Trials per point",
    default: defaultTrials,
    quick: 3,
    min: 1,
    max: 15,
    step: 1,
    unit: "trials",
    control: "range",
  };
}
