/** Where widget.js was served from; read while the bundle runs, as currentScript is null later. */
export const SCRIPT_ORIGIN = new URL(
  (document.currentScript as HTMLScriptElement | null)?.src || location.href,
).origin;
