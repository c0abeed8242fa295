import { describe, expect, it } from "vitest";
import { renderTemplate, type TemplateValues, toEmailHtml } from "./render-template";

const values: TemplateValues = {
  name: "Ирина",
  balance: "1 250",
  expiringPoints: "300",
  expiryDate: "1 December 2026",
  tier: "VIP",
  previousTier: "Silver",
  referralLink: "",
  personalOffer: "200 bonus points",
};

describe("renderTemplate", () => {
  it("substitutes every variable, with or without spaces inside the braces", () => {
    expect(
      renderTemplate(
        "{{name}}: {{ balance }} / {{expiringPoints}} by {{expiryDate}}, {{previousTier}} → {{tier}}, [{{referralLink}}] {{personalOffer}}",
        values,
      ),
    ).toBe("Ирина: 1 250 / 300 by 1 December 2026, Silver → VIP, [] 200 bonus points");
  });

  it("leaves an unknown variable as written so the preview shows the typo", () => {
    expect(renderTemplate("Hi {{nmae}}", values)).toBe("Hi {{nmae}}");
    expect(renderTemplate("{{constructor}}", values)).toBe("{{constructor}}");
  });
});

describe("toEmailHtml", () => {
  it("escapes the text and adds the unsubscribe link and the pixel", () => {
    const html = toEmailHtml("<b>Hi</b>\nthere", {
      unsubscribeUrl: "https://k.example/unsubscribe/t?x=1&y=2",
      unsubscribeLabel: "Unsubscribe",
      pixelUrl: "https://k.example/api/messages/open/t",
    });
    expect(html).toContain("&lt;b&gt;Hi&lt;/b&gt;<br>there");
    expect(html).toContain('href="https://k.example/unsubscribe/t?x=1&amp;y=2"');
    expect(html).toContain('<img src="https://k.example/api/messages/open/t"');
  });
});
