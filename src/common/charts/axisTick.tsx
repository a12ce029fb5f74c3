import type { ReactNode } from 'react';
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { LINE_PX, SLANT_DEGREES, SLANT_MAX_CHARS, type TickLayout } from './tickLayout';

type TickProps = XAxisTickContentProps | YAxisTickContentProps;

export interface TickStyle {
  fill: string;
  fontSize: number;
}

/** recharts' own offsets for one line of text, by vertical anchor. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' };

/** A slanted label cut to SLANT_MAX_CHARS, with "…" where it was cut. */
function slantedText(label: string): string {
  return label.length > SLANT_MAX_CHARS ? `${label.slice(0, SLANT_MAX_CHARS - 1).trimEnd()}…` : label;
}

/**
 * A tick label as plain SVG text, laid out by `layout` (tickLayout.ts) when given: on its lines, or
 * slanted, its whole text in a <title> when cut. recharts' default <Text> measures each word of each
 * label in the DOM to wrap it (a forced layout per label).
 */
export function renderTick(format: (value: unknown) => string, style: TickStyle, layout?: TickLayout) {
  return ({ x, y, textAnchor, verticalAnchor, payload, className }: TickProps): ReactNode => {
    const label = format(payload.value);
    if (layout?.kind === 'slanted') {
      const shown = slantedText(label);
      return (
        <text
          x={x}
          y={y}
          dy={DY.start}
          textAnchor="end"
          transform={`rotate(${SLANT_DEGREES}, ${x}, ${y})`}
          className={className}
          fill={style.fill}
          fontSize={style.fontSize}
        >
          {shown !== label && <title>{label}</title>}
          {shown}
        </text>
      );
    }
    const lines = layout?.lines.get(label) ?? [label];
    return (
      <text
        x={x}
        y={y}
        dy={DY[verticalAnchor]}
        textAnchor={textAnchor}
        className={className}
        fill={style.fill}
        fontSize={style.fontSize}
      >
        {lines.length === 1
          ? label
          : lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a label's lines never move, and two may read the same
              <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_PX}>
                {line}
              </tspan>
            ))}
      </text>
    );
  };
}
