"use client";
import { useEffect, useState } from "react";

/**
 * The full zone list comes from the browser after mount: the server's ICU list can differ,
 * and rendering it on the server would break hydration.
 */
export function useTimeZones(selected: string): string[] {
  const [zones, setZones] = useState<string[]>([]);
  useEffect(() => setZones(Intl.supportedValuesOf("timeZone")), []);
  return zones.includes(selected) ? zones : [selected, ...zones];
}

/** Preselects the buyer's own zone on a new store. */
export function useBrowserTimeZone(apply: (zone: string) => void) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) apply(zone);
  }, [apply]);
}
