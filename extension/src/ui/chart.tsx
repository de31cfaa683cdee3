/**
 * The one fee chart (the popup calculator and the Sheets sidebar draw it): the buyer's fee of each payment
 * method across amounts, from core's feeSeries, in a small hand-made SVG (no chart library). Ranges stay
 * ranges (a shaded band between low and high); a line stops at the method's limit.
 */
import type { Series } from '@ta-toolkit/core/fee-curve';
import type { CurrencyCode } from '@ta-toolkit/core/types';

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const pow = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * pow >= v) return m * pow;
  return 10 * pow;
}

export function FeeChart(props: {
  series: Series[];
  maxMinor: number;
  marker?: number;
  currency: CurrencyCode;
  title: string;
}) {
  const W = 340;
  const H = 190;
  const pad = { l: 44, r: 18, t: 10, b: 26 };
  const maxFee = niceMax(Math.max(1, ...props.series.flatMap((s) => s.points.map((p) => p.high))));
  const xOf = (x: number) => pad.l + (x / props.maxMinor) * (W - pad.l - pad.r);
  const yOf = (y: number) => H - pad.b - (y / maxFee) * (H - pad.t - pad.b);
  const unit = (minor: number) => (minor / 100).toLocaleString('en-US', { maximumFractionDigits: 0 });
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={props.title}
      class="chart"
      data-chart=""
    >
      <title>{props.title}</title>
      {ticks.map((tk) => (
        <g key={`y${tk}`}>
          <line x1={pad.l} x2={W - pad.r} y1={yOf(tk * maxFee)} y2={yOf(tk * maxFee)} stroke="#eee" />
          <text x={pad.l - 4} y={yOf(tk * maxFee) + 3} text-anchor="end" font-size="9" fill="#666">
            {unit(tk * maxFee)}
          </text>
        </g>
      ))}
      {ticks.map((tk) => (
        <text
          key={`x${tk}`}
          x={xOf(tk * props.maxMinor)}
          y={H - pad.b + 12}
          text-anchor="middle"
          font-size="9"
          fill="#666"
        >
          {unit(tk * props.maxMinor)}
        </text>
      ))}
      <text x={W - pad.r} y={H - 2} text-anchor="end" font-size="9" fill="#666">
        {props.currency}
      </text>
      <line x1={pad.l} x2={pad.l} y1={pad.t} y2={H - pad.b} stroke="#999" />
      <line x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} stroke="#999" />
      {props.series.map((s) => {
        const top = s.points.map((p) => `${xOf(p.x).toFixed(1)},${yOf(p.high).toFixed(1)}`);
        const bottom = s.points.map((p) => `${xOf(p.x).toFixed(1)},${yOf(p.low).toFixed(1)}`).reverse();
        const isRange = s.points.some((p) => p.high !== p.low);
        return (
          <g key={s.id} data-series={s.id}>
            {isRange ? (
              <polygon
                points={[...top, ...bottom].join(' ')}
                fill={s.color}
                fill-opacity="0.18"
                stroke="none"
              />
            ) : null}
            <polyline points={top.join(' ')} fill="none" stroke={s.color} stroke-width="1.6" />
            {isRange ? (
              <polyline
                points={bottom.join(' ')}
                fill="none"
                stroke={s.color}
                stroke-width="1"
                stroke-dasharray="3 2"
              />
            ) : null}
          </g>
        );
      })}
      {props.marker !== undefined && props.marker > 0 && props.marker <= props.maxMinor ? (
        <line
          x1={xOf(props.marker)}
          x2={xOf(props.marker)}
          y1={pad.t}
          y2={H - pad.b}
          stroke="#ff6a00"
          stroke-dasharray="4 3"
        />
      ) : null}
    </svg>
  );
}
