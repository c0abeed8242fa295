export type BarSeries = { key: string; label: string; color: string };
export type BarGroup = { label: string; values: Record<string, number> };

const height = 160;
const groupGap = 12;

/**
 * Grouped bars in plain SVG: one group per month, one bar per series, scaled to the largest
 * value. Numbers live in the table view beside it; the chart is for shape, so it is aria-hidden
 * apart from its title.
 */
export function BarChart({
  title,
  series,
  groups,
}: {
  title: string;
  series: BarSeries[];
  groups: BarGroup[];
}) {
  const max = Math.max(1, ...groups.flatMap((g) => series.map((s) => g.values[s.key] ?? 0)));
  const barWidth = 10;
  const groupWidth = series.length * barWidth + groupGap;
  const width = Math.max(groups.length * groupWidth, 200);
  return (
    <figure className="space-y-2">
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${width} ${height + 20}`}
        className="h-48 w-full"
        preserveAspectRatio="none"
      >
        {groups.map((group, g) => (
          <g key={group.label} transform={`translate(${g * groupWidth + groupGap / 2}, 0)`}>
            {series.map((s, i) => {
              const value = group.values[s.key] ?? 0;
              const h = Math.round((value / max) * height);
              return (
                <rect
                  key={s.key}
                  x={i * barWidth}
                  y={height - h}
                  width={barWidth - 2}
                  height={h}
                  fill={s.color}
                >
                  <title>{`${group.label} · ${s.label}: ${value}`}</title>
                </rect>
              );
            })}
            <text x={0} y={height + 14} fontSize="9" fill="#64748b">
              {group.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-xs text-slate-600">
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1">
            <span className="inline-block size-3 rounded-sm" style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
