export const templateVariables = [
  "name",
  "balance",
  "expiringPoints",
  "expiryDate",
  "tier",
  "previousTier",
  "referralLink",
  "personalOffer",
] as const;
export type TemplateVariable = (typeof templateVariables)[number];
export type TemplateValues = Record<TemplateVariable, string>;

/** `{{name}}` becomes the value; an unknown `{{word}}` stays, so a typo shows in the preview. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? values[name as TemplateVariable] : match,
  );
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/** The HTML part: the plain text escaped, with the unsubscribe link and the open pixel. */
export function toEmailHtml(
  text: string,
  extras: { unsubscribeUrl?: string; unsubscribeLabel: string; pixelUrl?: string },
): string {
  const paragraphs = escapeHtml(text).replace(/\r?\n/g, "<br>");
  const unsubscribe = extras.unsubscribeUrl
    ? `<p style="font-size:12px;color:#64748b"><a href="${escapeHtml(extras.unsubscribeUrl)}">${escapeHtml(extras.unsubscribeLabel)}</a></p>`
    : "";
  const pixel = extras.pixelUrl
    ? `<img src="${escapeHtml(extras.pixelUrl)}" width="1" height="1" alt="">`
    : "";
  return `<div>${paragraphs}</div>${unsubscribe}${pixel}`;
}
