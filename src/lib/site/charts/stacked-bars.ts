/**
 * The geometry of a horizontal stacked bar chart, computed at build time so the page ships a plain
 * SVG and no chart library. Each bar has its label on a line above it and its total after it; all
 * bars share one scale, so their lengths compare.
 */

/** One part of a bar: a count in one category (a state, a completion level). */
export interface Segment {
	key: string;
	value: number;
}

/** One bar: what it counts, and its parts in legend order. */
export interface Bar {
	label: string;
	segments: Segment[];
	/** Drawn in bold (e.g. the current quarter of a timeline). */
	emphasis?: boolean;
}

export interface PlacedSegment extends Segment {
	x: number;
	width: number;
}

export interface PlacedBar {
	label: string;
	emphasis: boolean;
	total: number;
	/** The baseline of the label text. */
	labelY: number;
	/** The top of the bar. */
	barY: number;
	segments: PlacedSegment[];
	/** Where the total is written, after the bar. */
	totalX: number;
}

export interface ChartLayout {
	width: number;
	height: number;
	barHeight: number;
	bars: PlacedBar[];
}

/** Sizes in SVG user units; the SVG scales to its container. */
export const CHART = { width: 640, plotWidth: 560, barHeight: 18, labelHeight: 20, gap: 12, padding: 4 } as const;

/** Places every bar and segment. Empty segments take no room; a chart of zeros draws no bars. */
export function layoutStackedBars(bars: readonly Bar[]): ChartLayout {
	const max = Math.max(0, ...bars.map((bar) => total(bar)));
	const scale = max > 0 ? CHART.plotWidth / max : 0;
	const step = CHART.labelHeight + CHART.barHeight + CHART.gap;
	const placed = bars.map((bar, index): PlacedBar => {
		const top = CHART.padding + index * step;
		let x = 0;
		const segments = bar.segments
			.filter((segment) => segment.value > 0)
			.map((segment) => {
				const placedSegment = { ...segment, x: round(x), width: round(segment.value * scale) };
				x += segment.value * scale;
				return placedSegment;
			});
		return {
			label: bar.label,
			emphasis: bar.emphasis ?? false,
			total: total(bar),
			labelY: top + CHART.labelHeight - 6,
			barY: top + CHART.labelHeight,
			segments,
			totalX: round(x + 6),
		};
	});
	return { width: CHART.width, height: CHART.padding * 2 + bars.length * step - CHART.gap, barHeight: CHART.barHeight, bars: placed };
}

function total(bar: Bar): number {
	return bar.segments.reduce((sum, segment) => sum + segment.value, 0);
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
