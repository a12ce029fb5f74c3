import type { ReactNode } from 'react';
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';

type TickProps = XAxisTickContentProps | YAxisTickContentProps;

export interface TickStyle {
  fill: string;
  fontSize: number;
}

/** recharts' own offsets for one line of text, by vertical anchor. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' };

/**
 * A tick label as one plain SVG text. recharts' default <Text> measures each word of each label in
 * the DOM to wrap it (a forced layout per label); our labels are short and never wrap.
 */
export function renderTick(format: (value: unknown) => string, style: TickStyle) {
  return ({ x, y, textAnchor, verticalAnchor, payload, className }: TickProps): ReactNode => (
    <text
      x={x}
      y={y}
      dy={DY[verticalAnchor]}
      textAnchor={textAnchor}
      className={className}
      fill={style.fill}
      fontSize={style.fontSize}
    >
      {format(payload.value)}
    </text>
  );
}
