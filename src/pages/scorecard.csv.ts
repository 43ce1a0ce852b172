/** `scorecard.csv`: the Charter scorecard, overall and per publisher, now and quarter by quarter (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { toScorecardCsv } from '../lib/export/scorecard.ts';
import { getScorecard } from '../lib/site/get-scorecard.ts';

export const GET: APIRoute = async () => new Response(toScorecardCsv(await getScorecard()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
