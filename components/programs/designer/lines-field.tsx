"use client";
import { useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { describedBy, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { getIn, type Path } from "./config-path";
import { useDesigner } from "./designer-context";

const splitLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** A list of free texts (which may hold commas), one per line. */
export function LinesField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { config, update, errorAt, canEdit } = useDesigner();
  const id = useId();
  const value = (getIn(config, path) as string[] | undefined) ?? [];
  const [text, setText] = useState(value.join("\n"));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (splitLines(text).join("\u0000") !== value.join("\u0000")) setText(value.join("\n"));
  }
  const error = errorAt(path);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        rows={3}
        value={text}
        disabled={!canEdit}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={cn(controlClass, "h-auto py-2")}
        onChange={(event) => {
          setText(event.target.value);
          const lines = splitLines(event.target.value);
          setShown(lines);
          update(path, lines);
        }}
      />
    </Field>
  );
}
