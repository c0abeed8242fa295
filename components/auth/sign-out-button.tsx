"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { authClient } from "./auth-client";

type SignOutButtonProps = { label: string; redirectTo?: string; variant?: "secondary" | "ghost" };

/** A full page load after sign-out drops every cached view of the old session. */
export function SignOutButton({
  label,
  redirectTo = "/sign-in",
  variant = "secondary",
}: SignOutButtonProps) {
  const [isPending, setIsPending] = useState(false);
  return (
    <Button
      variant={variant}
      isPending={isPending}
      onClick={async () => {
        setIsPending(true);
        await authClient.signOut();
        window.location.assign(redirectTo);
      }}
    >
      {label}
    </Button>
  );
}
