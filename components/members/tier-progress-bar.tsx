import { cn } from "@/components/ui/cn";

type TierProgress = {
  value: number;
  current: { threshold: number } | null;
  next: { threshold: number };
};

/** Whole percent of the way from the current level's threshold to the next one's, 0–100. */
function percentToNext({ value, current, next }: TierProgress) {
  const floor = current?.threshold ?? 0;
  const span = next.threshold - floor;
  if (span <= 0) return 100;
  return Math.min(100, Math.max(0, Math.floor(((value - floor) * 100) / span)));
}

/** The bar toward the next level, as the admin and the member's own page show it. */
export function TierProgressBar({
  tier,
  label,
  className,
}: {
  tier: TierProgress;
  label: string;
  className?: string;
}) {
  const progress = percentToNext(tier);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={progress}
      className={cn("h-2 overflow-hidden rounded-full bg-slate-100", className)}
    >
      <div className="h-full bg-brand-600" style={{ width: `${progress}%` }} />
    </div>
  );
}
