"use client";
import { demoCatalog } from "@/db/seed/demo-catalog";
import { useDemoShop } from "./_components/demo-shell";
import { formatRub } from "./_components/money";

/** The catalog, from the shop's own copy of its products. */
export default function DemoCatalogPage() {
  const { t, locale, items, setQuantity } = useDemoShop();
  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title" className="mb-4 text-2xl font-semibold">
        {t.catalog}
      </h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {demoCatalog.map((product) => {
          const inCart = items.find((item) => item.sku === product.sku)?.quantity ?? 0;
          return (
            <li
              key={product.sku}
              aria-label={product.name}
              className="flex flex-col gap-2 rounded-lg border border-amber-200 bg-white p-4"
            >
              <h2 className="font-medium">{product.name}</h2>
              <p className="text-xs uppercase tracking-wide text-slate-500">
                {product.category}
                {product.isOnSale && <span className="ml-2 text-red-700">{t.onSale}</span>}
              </p>
              <p className="text-lg font-semibold">{formatRub(product.price, locale)}</p>
              <button
                type="button"
                className="mt-auto rounded-md bg-amber-800 px-3 py-2 text-sm font-medium text-white hover:bg-amber-900"
                onClick={() => setQuantity(product.sku, inCart + 1)}
              >
                {t.addToCart}
              </button>
              {inCart > 0 && (
                <p className="text-sm text-slate-600">
                  {t.added}: {inCart}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
