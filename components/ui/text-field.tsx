"use client";
import { type ComponentProps, useId } from "react";
import { describedBy, Field } from "./field";
import { Input } from "./input";

type TextFieldProps = ComponentProps<"input"> & { label: string; error?: string; hint?: string };

export function TextField({ label, error, hint, ...props }: TextFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...props}
      />
    </Field>
  );
}
