import { useTranslations } from "next-intl";

/** "email: invalid email; points: a whole number" from a row's field -> error codes. */
export function useExplainRowErrors() {
  const tErrors = useTranslations("MemberImport.errors");
  const tFields = useTranslations("MemberImport.fields");
  return (errors: Record<string, string[]>) =>
    Object.entries(errors)
      .map(
        ([field, codes]) =>
          `${tFields.has(field as "email") ? tFields(field as "email") : field}: ${codes.map((c) => (tErrors.has(c as "emailInvalid") ? tErrors(c as "emailInvalid") : c)).join(", ")}`,
      )
      .join("; ");
}
