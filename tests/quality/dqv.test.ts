import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { toDcatAp, toDcatApDataset } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { expand } from '../../src/lib/export/dcat-ap/context.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { validateWithShacl } from '../../src/lib/export/dcat-ap/shacl.ts';
import { readShapes } from '../../src/lib/export/dcat-ap/shapes.ts';
import { sourceMapOf } from '../../src/lib/export/dcat-ap/source-map.ts';
import { EMPTY_REPORT } from '../../src/lib/links/link-report.ts';
import { computeQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { loadFixture } from '../export/support.ts';

const { namedNode } = DataFactory;

describe('quality in the DCAT-AP export (DQV)', async () => {
	const catalogue = await loadFixture('.');
	const quality = computeQuality(catalogue, EMPTY_REPORT);
	const options = { siteUrl: 'https://example.org', base: '/', quality };
	const graph = toGraph(toDcatAp(catalogue, options));
	const objects = (subject: string, predicate: string) =>
		graph.getQuads(namedNode(subject), namedNode(expand(predicate)), null, null).map((quad) => quad.object.value);

	it('gives every dataset a measurement of its score and of each dimension, each of a described metric', () => {
		const dataset = 'https://example.org/en/datasets/traffic-volumes/#dataset';
		const measurements = objects(dataset, 'dqv:hasQualityMeasurement').sort();
		expect(measurements).toEqual(
			['accessibility', 'contextuality', 'findability', 'interoperability', 'reusability', 'score'].map(
				(m) => `https://example.org/en/datasets/traffic-volumes/#quality-${m}`,
			),
		);
		const score = 'https://example.org/en/datasets/traffic-volumes/#quality-score';
		expect(objects(score, 'rdf:type')).toEqual([expand('dqv:QualityMeasurement')]);
		expect(objects(score, 'dqv:value')).toEqual([String(quality.byDataset.get('traffic-volumes')!.score)]);
		expect(objects(score, 'dqv:computedOn')).toEqual([dataset]);
		const metric = objects(score, 'dqv:isMeasurementOf')[0]!;
		expect(metric).toBe('https://example.org/en/quality/#metric-score');
		expect(objects(metric, 'rdf:type')).toEqual([expand('dqv:Metric')]);
		expect(graph.getQuads(null, namedNode(expand('rdf:type')), namedNode(expand('dqv:QualityMeasurement')), null)).toHaveLength(catalogue.datasets.length * 6);
	});

	it('passes the project’s SHACL shapes', async () => {
		const findings = await validateWithShacl(graph, readShapes(), sourceMapOf(catalogue, options));
		expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
	});

	it('puts the measurements and the metrics in a dataset’s own document too, and leaves them out without scores', () => {
		const own = JSON.stringify(toDcatApDataset(catalogue, 'traffic-volumes', options));
		expect(own).toContain('#quality-score');
		expect(own).toContain('#metric-score');
		expect(JSON.stringify(toDcatAp(catalogue, { siteUrl: 'https://example.org', base: '/' }))).not.toContain('dqv:');
	});
});
