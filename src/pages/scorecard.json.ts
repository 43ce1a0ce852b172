/** `scorecard.json`: the Charter scorecard with the datasets and requests behind each number. */
import type { APIRoute } from 'astro';
import { toScorecardJson } from '../lib/export/scorecard.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { getHistory } from '../lib/site/get-history.ts';
import { getScorecard } from '../lib/site/get-scorecard.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const [catalogue, history, scorecard] = await Promise.all([getCatalogue(), getHistory(), getScorecard()]);
	return new Response(JSON.stringify(toScorecardJson(scorecard, catalogue, siteIris(catalogue, site), history), null, 1), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
