/** RFC 4180 CSV: commas or semicolons, quoted fields, "" for a quote, CRLF or LF lines. */
export function parseCsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.indexOf("\n") === -1 ? body.length : body.indexOf("\n"));
  const separator =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let isQuoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (isQuoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        isQuoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === "") {
      isQuoted = true;
    } else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

/**
 * One CSV line. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: exported names and emails come from buyers.
 */
export function toCsvRow(
  values: readonly (string | number | boolean | null | undefined)[],
): string {
  return `${values
    .map((value) => {
      if (value === null || value === undefined) return "";
      if (typeof value !== "string") return String(value);
      const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
      return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(",")}\r\n`;
}
