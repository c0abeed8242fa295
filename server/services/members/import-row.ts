import { z } from "zod";
import { emailField } from "@/server/validation/email-field";

/** Column names an import file may use (case and spaces ignored), mapped to fields. */
export const importColumns = {
  external_id: "externalId",
  externalid: "externalId",
  id: "externalId",
  name: "name",
  email: "email",
  phone: "phone",
  birthday: "birthday",
  points: "points",
  balance: "points",
} as const;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * One member row of an import; messages are codes the page translates. Shared by the page
 * (preview) and the server (import), so both judge a row the same way.
 */
export const ImportRow = z.object({
  externalId: z
    .string({ error: "externalIdRequired" })
    .trim()
    .min(1, { error: "externalIdRequired" })
    .max(200, { error: "tooLong" }),
  name: z.preprocess(blankToUndefined, z.string().trim().max(200, { error: "tooLong" }).optional()),
  email: z.preprocess(blankToUndefined, emailField("emailInvalid").optional()),
  phone: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(40, { error: "tooLong" })
      .regex(/^[+\d][\d\s()-]{4,}$/, { error: "phoneInvalid" })
      .optional(),
  ),
  birthday: z.preprocess(blankToUndefined, z.iso.date({ error: "birthdayInvalid" }).optional()),
  points: z.preprocess(
    (value) => blankToUndefined(typeof value === "string" ? value.replace(/\s/g, "") : value),
    z.coerce
      .number({ error: "pointsInvalid" })
      .int({ error: "pointsInvalid" })
      .min(0, { error: "pointsNegative" })
      .max(1e9, { error: "pointsInvalid" })
      .default(0),
  ),
});
export type ImportRow = z.infer<typeof ImportRow>;

export type ImportRowErrors = Record<string, string[]>;

/** Field -> error codes for a row, or the parsed row. */
export function checkImportRow(
  data: unknown,
): { ok: true; value: ImportRow } | { ok: false; errors: ImportRowErrors } {
  const parsed = ImportRow.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: ImportRowErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "row");
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return { ok: false, errors };
}
