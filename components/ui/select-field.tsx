"use client";
import { type ComponentProps, useId } from "react";
import { describedBy, Field } from "./field";
import { Select } from "./select";

type SelectFieldProps = ComponentProps<"select"> & { label: string; error?: string; hint?: string };

export function SelectField({ label, error, hint, children, ...props }: SelectFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...props}
      >
        {children}
      </Select>
    </Field>
  );
}
