import { describe, expect, it } from "vitest";
import { parseCsv, toCsvRow } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields, escaped quotes, CRLF and a BOM", () => {
    const text =
      '\ufeffexternal_id,name,points\r\nA-1,"Иванов, Иван",100\r\nA-2,"He said ""hi""",\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ["external_id", "name", "points"],
      ["A-1", "Иванов, Иван", "100"],
      ["A-2", 'He said "hi"', ""],
    ]);
  });

  it("detects semicolons (Excel in Russian locales) and keeps newlines inside quotes", () => {
    expect(parseCsv('id;name\n1;"two\nlines"')).toEqual([
      ["id", "name"],
      ["1", "two\nlines"],
    ]);
  });
});

describe("toCsvRow", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(toCsvRow(["a,b", 'q"', null, 5, "=SUM(A1)", "-1", "ok"])).toBe(
      '"a,b","q""",,5,\'=SUM(A1),\'-1,ok\r\n',
    );
  });

  it("round-trips through parseCsv", () => {
    const values = ["Ann; Bo", 'x "y"', "line\nbreak", "plain"];
    expect(parseCsv(toCsvRow(values))).toEqual([values]);
  });
});
