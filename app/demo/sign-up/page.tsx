"use client";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { type DemoSession, useDemoShop } from "../_components/demo-shell";

type SignedUp = { session: DemoSession; welcomePoints: number; isLoyaltyUnavailable: boolean };

/** "Create account": name and email; the shop's backend enrols the buyer in Kopilka. */
export default function DemoSignUpPage() {
  const { t, applySession } = useDemoShop();
  const [isSending, setIsSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<SignedUp | null>(null);

  async function signUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsSending(true);
    setProblem(null);
    const response = await fetch("/demo/api/sign-up", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: form.get("name"), email: form.get("email") }),
    }).catch(() => null);
    setIsSending(false);
    if (!response?.ok) {
      setProblem(response?.status === 409 ? t.emailTaken : t.failed);
      return;
    }
    const signedUp = (await response.json()) as SignedUp;
    applySession(signedUp.session);
    setDone(signedUp);
  }

  if (done) {
    return (
      <section className="max-w-md">
        <h1 className="mb-2 text-2xl font-semibold">{t.welcome(done.session.buyer?.name ?? "")}</h1>
        {done.welcomePoints > 0 && <p className="mb-2">{t.welcomePoints(done.welcomePoints)}</p>}
        {done.isLoyaltyUnavailable && (
          <p className="mb-2 text-sm text-slate-600">{t.loyaltyUnavailable}</p>
        )}
        <Link href="/demo" className="text-amber-900 underline">
          {t.toCatalog}
        </Link>
      </section>
    );
  }

  const field = "rounded-md border border-slate-300 px-3 py-2";
  return (
    <section className="max-w-md">
      <h1 className="mb-2 text-2xl font-semibold">{t.signUpTitle}</h1>
      <p className="mb-4 text-sm text-slate-600">{t.signUpHint}</p>
      <form onSubmit={(event) => void signUp(event)} className="flex flex-col gap-3">
        <label className="flex flex-col gap-1">
          {t.nameLabel}
          <input name="name" required maxLength={100} autoComplete="name" className={field} />
        </label>
        <label className="flex flex-col gap-1">
          {t.emailLabel}
          <input
            name="email"
            type="email"
            required
            maxLength={200}
            autoComplete="email"
            className={field}
          />
        </label>
        <button
          type="submit"
          disabled={isSending}
          className="rounded-md bg-amber-800 px-4 py-2 font-medium text-white hover:bg-amber-900 disabled:opacity-60"
        >
          {isSending ? t.signingUp : t.createAccount}
        </button>
        {problem && (
          <p role="alert" className="text-sm text-red-700">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
