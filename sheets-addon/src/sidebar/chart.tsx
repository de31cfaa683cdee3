import type { Lang } from '@ta-toolkit/core/types';
import { type CalcResult, CHART, chartRows } from './calc.ts';

/** The buyer's fee of every payment method as small horizontal bars (hand-made SVG, no chart library). */
export function FeeChart(props: { result: CalcResult; lang: Lang; width?: number }) {
  const width = props.width ?? 280;
  const rows = chartRows(props.result, props.lang, width);
  const height = rows.length * CHART.rowHeight + 8;
  const title = props.lang === 'zh' ? '各支付方式的买家手续费' : "Buyer's fee by payment method";
  const x = CHART.labelWidth;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={title}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title>{title}</title>
      {rows.map((r) => {
        const fill = r.selected ? '#1a73e8' : r.allowed ? '#5f6368' : '#bdc1c6';
        return (
          <g key={r.id}>
            <text x="0" y={r.y + 12} font-size="10" fill={r.allowed ? '#202124' : '#80868b'}>
              {r.id}
            </text>
            {r.bar ? (
              <>
                <rect
                  class="bar"
                  data-method={r.id}
                  x={x}
                  y={r.y + 3}
                  width={r.bar.low}
                  height="11"
                  fill={fill}
                  stroke={r.bar.approximate ? '#202124' : undefined}
                  stroke-dasharray={r.bar.approximate ? '2 2' : undefined}
                />
                {r.bar.high > r.bar.low && (
                  <rect
                    x={x + r.bar.low}
                    y={r.y + 3}
                    width={r.bar.high - r.bar.low}
                    height="11"
                    fill={fill}
                    fill-opacity="0.35"
                  />
                )}
                <text x={x + r.bar.high + 4} y={r.y + 12} font-size="10" fill="#202124">
                  {r.bar.label}
                </text>
              </>
            ) : (
              <text x={x} y={r.y + 12} font-size="10" fill="#80868b">
                {r.text}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
