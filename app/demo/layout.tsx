import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DemoShell } from "./_components/demo-shell";

export const metadata: Metadata = {
  title: "Чайная лавка — demo store on Kopilka",
};

export default function DemoLayout({ children }: { children: ReactNode }) {
  return <DemoShell>{children}</DemoShell>;
}
