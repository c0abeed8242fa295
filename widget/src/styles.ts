/**
 * `all: initial` on the inner root stops what the host element inherits from the page
 * (even `color: red !important`); only the --kopilka-* custom properties get through.
 */
export const STYLES = `
:host{display:block}
:host([hidden]),[hidden]{display:none!important}
.k{all:initial;display:block;box-sizing:border-box;padding:16px;
--a:var(--kopilka-accent,#6d28d9);--r:var(--kopilka-radius,12px);
font:14px/1.45 var(--kopilka-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
color:var(--kopilka-text,#1f2328);background:var(--kopilka-bg,#fff);
border:1px solid color-mix(in srgb,currentColor 18%,transparent);border-radius:var(--r)}
.k *{box-sizing:border-box;margin:0}
input{font:inherit;color:inherit}
.k>*+*,.m>*+*{margin-top:8px}
.head{display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px}
.name{font-weight:600;font-size:1.1em}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:.85em;font-weight:600;
background:var(--a);color:var(--kopilka-bg,#fff)}
.perk{background:transparent;color:var(--a);border:1px solid var(--a)}
.muted{opacity:.75}
dl{display:grid;grid-template-columns:1fr auto;gap:2px 12px}
dl div{display:contents}
dd{text-align:end;font-variant-numeric:tabular-nums}
.spend{display:grid;grid-template-columns:1fr 6.5em;gap:4px 12px;align-items:center}
label{grid-column:1/-1;font-weight:600}
input[type=range]{width:100%;margin:0;accent-color:var(--a)}
input[type=number]{width:100%;padding:4px 6px;background:transparent;
border:1px solid color-mix(in srgb,currentColor 30%,transparent);border-radius:calc(var(--r)/2)}
input:focus-visible,a:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.limit{font-size:.9em}
.total{font-weight:700;font-size:1.15em;font-variant-numeric:tabular-nums}
.k a{color:var(--a);font-weight:600;text-decoration:underline}
.link{word-break:break-all;user-select:all}
button{font:inherit;color:var(--a);background:transparent;cursor:pointer;padding:2px 10px;
border:1px solid var(--a);border-radius:calc(var(--r)/2)}
button:focus-visible{outline:2px solid var(--a);outline-offset:2px}
`;
