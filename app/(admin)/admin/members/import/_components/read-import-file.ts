import { parseCsv } from "@/components/members/csv";
import {
  checkImportRow,
  type ImportRowErrors,
  importColumns,
} from "@/server/services/members/import-row";

export type PreparedRow = {
  row: number;
  data: Record<string, string>;
  errors: ImportRowErrors | null;
};
export type PreparedFile = {
  rows: PreparedRow[];
  missingExternalId: boolean;
  unknownColumns: string[];
};

/**
 * CSV text -> rows keyed by field, each checked with the same schema the server uses. A repeated
 * external id is an error on its later rows, as the server marks it (the first row wins).
 */
export function prepareImport(text: string): PreparedFile {
  const [header = [], ...lines] = parseCsv(text);
  const fields = header.map((name) => {
    const key = name.trim().toLowerCase().replace(/\s+/g, "_");
    return (importColumns as Record<string, string>)[key] ?? null;
  });
  const unknownColumns = header.filter((_, i) => fields[i] === null);
  const seen = new Set<string>();
  const rows = lines.map((cells, index): PreparedRow => {
    const data: Record<string, string> = {};
    fields.forEach((field, i) => {
      if (field) data[field] = cells[i] ?? "";
    });
    const checked = checkImportRow(data);
    if (!checked.ok) return { row: index + 2, data, errors: checked.errors };
    const { externalId } = checked.value;
    const isRepeated = seen.has(externalId);
    seen.add(externalId);
    return {
      row: index + 2,
      data,
      errors: isRepeated ? { externalId: ["duplicateInFile"] } : null,
    };
  });
  return { rows, missingExternalId: !fields.includes("externalId"), unknownColumns };
}

/** Same file, same key: re-importing it credits nothing twice. */
export async function hashFile(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)]
    .slice(0, 16)
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}
