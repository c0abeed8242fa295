"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { describedBy, Field } from "@/components/ui/field";
import { controlClass, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { currencyScale, decimalSeparator, formatDecimal, parseDecimal } from "../decimal";
import { getIn, type Path } from "./config-path";
import { useDesigner } from "./designer-context";

type DecimalFieldProps = {
  path: Path;
  label: string;
  hint?: string;
  scale: number;
  unit?: ReactNode;
  prefix?: ReactNode;
  /** Empty text means null (e.g. "no cap", "same as the program"). */
  isNullable?: boolean;
  placeholder?: string;
};

/** A number typed as decimal text and stored as an integer in the schema's units, exactly. */
export function DecimalField({
  path,
  label,
  hint,
  scale,
  unit,
  prefix,
  isNullable,
  placeholder,
}: DecimalFieldProps) {
  const { config, update, errorAt, locale, canEdit } = useDesigner();
  const t = useTranslations("Designer.fieldErrors");
  const id = useId();
  const value = getIn(config, path) as number | null | undefined;
  const separator = decimalSeparator(locale);
  const show = (v: number | null | undefined) =>
    v === null || v === undefined ? "" : formatDecimal(v, scale, separator);
  const [text, setText] = useState(() => show(value));
  const [shown, setShown] = useState(value);
  const [parseError, setParseError] = useState<"number" | "decimals" | null>(null);
  if (shown !== value) {
    setShown(value);
    const parsed = parseDecimal(text, scale);
    if (!(parsed.ok && parsed.value === value) && !(text.trim() === "" && value === null))
      setText(show(value));
  }
  const error = parseError ? t(parseError, { digits: scale }) : errorAt(path);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <div className="relative flex items-center">
        {prefix && (
          <span
            aria-hidden="true"
            className="pointer-events-none absolute left-3 text-sm text-slate-500"
          >
            {prefix}
          </span>
        )}
        <Input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          placeholder={placeholder}
          disabled={!canEdit}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          className={cn(prefix ? "pl-7" : "", unit ? "pr-14" : "", "tabular-nums")}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            if (isNullable && next.trim() === "") {
              setParseError(null);
              setShown(null);
              update(path, null);
              return;
            }
            const parsed = parseDecimal(next, scale);
            if (!parsed.ok) {
              setParseError(parsed.error);
              return;
            }
            setParseError(null);
            setShown(parsed.value);
            update(path, parsed.value);
          }}
        />
        {unit && (
          <span
            aria-hidden="true"
            className="pointer-events-none absolute right-3 text-sm text-slate-500"
          >
            {unit}
          </span>
        )}
      </div>
    </Field>
  );
}

type UnitFieldProps = Omit<DecimalFieldProps, "scale" | "unit" | "prefix">;

export function PercentField(props: UnitFieldProps) {
  return <DecimalField {...props} scale={2} unit="%" />;
}

export function MoneyField(props: UnitFieldProps) {
  const { currency, locale } = useDesigner();
  const symbol =
    new Intl.NumberFormat(locale, { style: "currency", currency })
      .formatToParts(0)
      .find((p) => p.type === "currency")?.value ?? currency;
  return <DecimalField {...props} scale={currencyScale(currency)} unit={symbol} />;
}

export function CountField(props: UnitFieldProps & { unit: string }) {
  return <DecimalField {...props} scale={0} />;
}

export function MultiplierField(props: UnitFieldProps) {
  return <DecimalField {...props} scale={4} prefix="×" />;
}

export function ChoiceField({
  path,
  label,
  hint,
  options,
  onChoose,
}: {
  path: Path;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  /** Replaces the default (set the value at path), e.g. to swap a whole sub-object. */
  onChoose?: (value: string) => void;
}) {
  const { config, update, errorAt, canEdit } = useDesigner();
  const id = useId();
  const error = errorAt(path);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Select
        id={id}
        value={String(getIn(config, path) ?? "")}
        disabled={!canEdit}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) =>
          onChoose ? onChoose(event.target.value) : update(path, event.target.value)
        }
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function ToggleField({
  path,
  label,
  hint,
  checked,
  onToggle,
}: {
  path: Path;
  label: string;
  hint?: string;
  checked?: boolean;
  onToggle?: (checked: boolean) => void;
}) {
  const { config, update, errorAt, canEdit } = useDesigner();
  const id = useId();
  const error = errorAt(path);
  const isChecked = checked ?? Boolean(getIn(config, path));
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          checked={isChecked}
          disabled={!canEdit}
          aria-describedby={describedBy(id, error, hint)}
          className="mt-0.5 size-4 rounded border-slate-300 accent-brand-700"
          onChange={(event) =>
            onToggle ? onToggle(event.target.checked) : update(path, event.target.checked)
          }
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint && !error && (
        <p id={`${id}-hint`} className="pl-6 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="pl-6 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** A list of names (categories, SKUs, perks) typed comma-separated. */
export function NamesField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { config, update, errorAt, canEdit } = useDesigner();
  const id = useId();
  const value = (getIn(config, path) as string[] | undefined) ?? [];
  const [text, setText] = useState(value.join(", "));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (splitNames(text).join("\u0000") !== value.join("\u0000")) setText(value.join(", "));
  }
  const error = errorAt(path);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        value={text}
        disabled={!canEdit}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => {
          setText(event.target.value);
          const names = splitNames(event.target.value);
          setShown(names);
          update(path, names);
        }}
      />
    </Field>
  );
}

const splitNames = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function TextValueField({
  path,
  label,
  hint,
  isNullWhenEmpty = false,
}: {
  path: Path;
  label: string;
  hint?: string;
  /** An optional setting: clearing the box stores null, not "". */
  isNullWhenEmpty?: boolean;
}) {
  const { config, update, errorAt, canEdit } = useDesigner();
  const id = useId();
  const error = errorAt(path);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        value={String(getIn(config, path) ?? "")}
        disabled={!canEdit}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => {
          const value = event.target.value;
          update(path, isNullWhenEmpty && value.trim() === "" ? null : value);
        }}
      />
    </Field>
  );
}

export function TimeField({ path, label }: { path: Path; label: string }) {
  return <StringInputField path={path} label={label} type="time" />;
}

export function DateField({ path, label }: { path: Path; label: string }) {
  return <StringInputField path={path} label={label} type="date" />;
}

function StringInputField({
  path,
  label,
  type,
}: {
  path: Path;
  label: string;
  type: "time" | "date";
}) {
  const { config, update, errorAt, canEdit } = useDesigner();
  const id = useId();
  const error = errorAt(path);
  return (
    <Field id={id} label={label} error={error}>
      <input
        id={id}
        type={type}
        className={controlClass}
        value={String(getIn(config, path) ?? "")}
        disabled={!canEdit}
        aria-invalid={error ? true : undefined}
        onChange={(event) => update(path, event.target.value)}
      />
    </Field>
  );
}
