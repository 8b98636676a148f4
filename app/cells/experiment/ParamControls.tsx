import { useId } from "react";
import type { ParamSpec, ParamValues } from "../../../engine/experiment";
import { formatNumber } from "../../../engine/params";

interface Props {
  specs: Record<string, ParamSpec>;
  values: ParamValues;
  problems: Record<string, string>;
  disabled: boolean;
  onChange(name: string, value: number): void;
}

export function ParamControls({ specs, values, problems, disabled, onChange }: Props) {
  return (
    <div className="params">
      {Object.entries(specs).map(([name, spec]) => (
        <ParamControl
          key={name}
          spec={spec}
          value={values[name] ?? spec.default}
          problem={problems[name] ?? null}
          disabled={disabled}
          onChange={(value) => onChange(name, value)}
        />
      ))}
    </div>
  );
}

interface ControlProps {
  spec: ParamSpec;
  value: number;
  problem: string | null;
  disabled: boolean;
  onChange(value: number): void;
}

function ParamControl({ spec, value, problem, disabled, onChange }: ControlProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="param" data-invalid={problem !== null}>
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        type={spec.control}
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={Number.isNaN(value) ? "" : value}
        disabled={disabled}
        aria-invalid={problem !== null}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.currentTarget.valueAsNumber)}
      />
      {spec.control === "range" && <output htmlFor={id}>{formatNumber(value)}</output>}
      <span id={hintId} className={problem ? "hint error" : "hint"}>
        {problem ?? `${formatNumber(spec.min)} – ${formatNumber(spec.max)} ${spec.unit}`.trim()}
      </span>
    </div>
  );
}
