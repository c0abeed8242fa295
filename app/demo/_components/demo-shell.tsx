"use client";
import Link from "next/link";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { copy, type DemoCopy, type DemoLocale } from "./copy";

export type CartItem = { sku: string; quantity: number };
export type DemoSession = {
  publishableKey: string;
  shopperToken: string | null;
  buyer: { name: string } | null;
};

type DemoShop = {
  locale: DemoLocale;
  t: DemoCopy;
  items: CartItem[];
  setQuantity: (sku: string, quantity: number) => void;
  clearCart: () => void;
  session: DemoSession | null;
  sessionError: boolean;
  refreshToken: () => Promise<string>;
  applySession: (next: DemoSession) => void;
};

const DemoShopContext = createContext<DemoShop | null>(null);
const cartKey = "demo-shop-cart";
const localeKey = "demo-shop-locale";

export function useDemoShop(): DemoShop {
  const shop = useContext(DemoShopContext);
  if (!shop) throw new Error("useDemoShop needs <DemoShell>");
  return shop;
}

function readCart(): CartItem[] {
  try {
    const items = JSON.parse(localStorage.getItem(cartKey) ?? "[]") as CartItem[];
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

async function requestSession(init?: RequestInit, query = ""): Promise<DemoSession> {
  const response = await fetch(`/demo/api/session${query}`, init);
  if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
  return (await response.json()) as DemoSession;
}

/** The `?ref=CODE` of an invite link, handed to the shop's backend, which keeps it for sign-up. */
function readRefQuery(): string {
  const ref = new URLSearchParams(location.search).get("ref");
  return ref ? `?ref=${encodeURIComponent(ref)}` : "";
}

/** The shop's frame: its own cart (localStorage), its own sign-in switch and language. */
export function DemoShell({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<DemoLocale>("ru");
  const [items, setItems] = useState<CartItem[]>([]);
  const [session, setSession] = useState<DemoSession | null>(null);
  const [sessionError, setSessionError] = useState(false);

  useEffect(() => {
    setItems(readCart());
    if (localStorage.getItem(localeKey) === "en") setLocale("en");
    requestSession(undefined, readRefQuery()).then(setSession, () => setSessionError(true));
  }, []);

  const saveItems = useCallback((next: CartItem[]) => {
    localStorage.setItem(cartKey, JSON.stringify(next));
    setItems(next);
  }, []);

  const setQuantity = useCallback(
    (sku: string, quantity: number) => {
      const rest = readCart().filter((item) => item.sku !== sku);
      const next = quantity > 0 ? [...rest, { sku, quantity }] : rest;
      saveItems(next.sort((a, b) => a.sku.localeCompare(b.sku)));
    },
    [saveItems],
  );

  const switchSession = useCallback(async (signedIn: boolean) => {
    const next = await requestSession({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ signedIn }),
    });
    setSession(next);
  }, []);

  const refreshToken = useCallback(async () => {
    const next = await requestSession();
    setSession(next);
    return next.shopperToken ?? "";
  }, []);

  const shop = useMemo<DemoShop>(
    () => ({
      locale,
      t: copy[locale],
      items,
      setQuantity,
      clearCart: () => saveItems([]),
      session,
      sessionError,
      refreshToken,
      applySession: setSession,
    }),
    [locale, items, setQuantity, saveItems, session, sessionError, refreshToken],
  );
  const t = copy[locale];
  const count = items.reduce((sum, item) => sum + item.quantity, 0);

  return (
    <DemoShopContext.Provider value={shop}>
      <div lang={locale} className="min-h-screen bg-amber-50/40">
        <header className="border-b border-amber-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href="/demo" className="text-lg font-semibold text-amber-900">
              {t.shopName}
            </Link>
            <span className="text-xs text-slate-500">{t.demoBadge}</span>
            <nav aria-label={t.shopName} className="flex gap-3 text-sm">
              <Link href="/demo" className="hover:underline">
                {t.catalog}
              </Link>
              <Link href="/demo/cart" className="hover:underline">
                {t.cart} ({count})
              </Link>
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              {session && (
                <>
                  <span>{session.buyer ? t.signedInAs(session.buyer.name) : t.guest}</span>
                  <button
                    type="button"
                    className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-50"
                    onClick={() => void switchSession(!session.buyer)}
                  >
                    {session.buyer ? t.signOut : t.signIn}
                  </button>
                  {!session.buyer && (
                    <Link href="/demo/sign-up" className="text-amber-900 hover:underline">
                      {t.createAccount}
                    </Link>
                  )}
                </>
              )}
              <button
                type="button"
                className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100"
                onClick={() => {
                  const next = locale === "ru" ? "en" : "ru";
                  localStorage.setItem(localeKey, next);
                  setLocale(next);
                }}
              >
                {locale === "ru" ? "English" : "Русский"}
              </button>
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-5xl px-4 py-6">
          {sessionError && (
            <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-800">
              {t.notReady}
            </p>
          )}
          {children}
        </main>
      </div>
    </DemoShopContext.Provider>
  );
}
