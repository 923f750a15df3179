/** Geometry for a simple vertical bar chart: pure numbers, so the chart follows the data exactly. */
export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function barLayout(points: Array<{ label: string; value: number }>, width = 320, height = 200) {
  const top = 18;
  const bottom = 22;
  const baseline = height - bottom;
  const max = Math.max(...points.map((p) => p.value), 1);
  const slot = width / points.length;
  const barWidth = Math.min(56, slot * 0.7);
  const bars: Bar[] = points.map((p, i) => {
    const barHeight = Math.round(((baseline - top) * p.value) / max);
    return {
      label: p.label,
      value: p.value,
      x: Math.round(i * slot + (slot - barWidth) / 2),
      y: baseline - barHeight,
      width: Math.round(barWidth),
      height: barHeight,
    };
  });
  return { width, height, baseline, bars };
}
