import Link from "next/link";

/** The mark plus the product name; the name comes from messages so it follows the language. */
export function Logo({ name, href = "/" }: { name: string; href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 rounded-md font-semibold">
      <span
        aria-hidden="true"
        className="grid size-8 place-items-center rounded-lg bg-brand-600 text-sm font-bold text-white shadow-sm"
      >
        ₽
      </span>
      <span className="text-lg tracking-tight text-slate-900">{name}</span>
    </Link>
  );
}
