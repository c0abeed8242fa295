"use client";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { formatDecimal, parseDecimal } from "../decimal";

/** A small labelled number input for the sample cart (decimal text -> integer units). */
export function SampleNumber({
  label,
  value,
  scale,
  separator,
  onValue,
  min = 0,
  className,
}: {
  label: string;
  value: number;
  scale: number;
  separator: string;
  onValue: (value: number) => void;
  min?: number;
  className?: string;
}) {
  const id = useId();
  const [text, setText] = useState(() => formatDecimal(value, scale, separator));
  const parsed = parseDecimal(text, scale);
  const isInvalid = !parsed.ok || parsed.value < min;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <Input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        className="h-8 px-2 tabular-nums"
        value={text}
        aria-invalid={isInvalid || undefined}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseDecimal(event.target.value, scale);
          if (next.ok && next.value >= min) onValue(next.value);
        }}
      />
    </div>
  );
}
