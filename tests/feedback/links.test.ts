/** The addresses the feedback form builds: its own, prefilled, and the github and email channels' links. */
import { describe, expect, it } from 'vitest';
import { emailRecipient, feedbackChannel } from '../../src/lib/feedback/channel.ts';
import { feedbackMailto, githubIssueUrl, mailBody } from '../../src/lib/feedback/links.ts';
import type { FeedbackPayload } from '../../src/lib/feedback/payload.ts';
import { feedbackHref, feedbackQuery, readFeedbackPrefill } from '../../src/lib/feedback/prefill.ts';

const payload: FeedbackPayload = {
	catalogue: 'https://example.org/',
	language: 'fr',
	type: 'problem',
	subject: 'Problème avec un jeu de données : traffic-volumes',
	message: 'Il manque la route 7 & la 17.\nMerci!',
	dataset: 'traffic-volumes',
	publisher: 'mto',
	page: 'https://example.org/fr/datasets/traffic-volumes/',
};

describe('feedbackHref', () => {
	it('links to the feedback page with what it is about, through the base path', () => {
		expect(feedbackHref('en', {}, '/')).toBe('/en/feedback/');
		expect(feedbackHref('fr', { type: 'problem', dataset: 'traffic-volumes', publisher: 'mto' }, '/catalogue/')).toBe(
			'/catalogue/fr/feedback/?type=problem&dataset=traffic-volumes&publisher=mto',
		);
		expect(feedbackHref('en', { type: 'request', query: 'bus & métro' }, '/')).toBe('/en/feedback/?type=request&q=bus%20%26%20m%C3%A9tro');
		expect(feedbackHref('en', { type: 'plan', scheduleRow: 'mto/bridge-conditions', publisher: 'mto' }, '/')).toBe(
			'/en/feedback/?type=plan&publisher=mto&schedule=mto%2Fbridge-conditions',
		);
	});

	it('is read back by the form as it was written', () => {
		const prefill = { type: 'plan', dataset: 'a-1', publisher: 'mto', query: 'ponts de l’Outaouais', scheduleRow: 'row 7' } as const;
		expect(readFeedbackPrefill(feedbackQuery(prefill))).toEqual(prefill);
	});

	it('drops what the form would not accept: an unknown type, a malformed identifier, overlong text', () => {
		expect(readFeedbackPrefill('?type=complaint&dataset=../x&publisher=MTO&q=' + 'a'.repeat(201))).toEqual({});
		expect(readFeedbackPrefill('?q=%20%20bus%0A%0Aroutes%20')).toEqual({ query: 'bus routes' });
		expect(feedbackQuery({ type: 'general', dataset: 'Not An Id' })).toBe('?type=general');
	});
});

describe('the github channel', () => {
	it('opens the type’s issue form with title, labels and fields filled in', () => {
		expect(githubIssueUrl('belle-riviere/open-data', payload)).toBe(
			'https://github.com/belle-riviere/open-data/issues/new?template=feedback-problem.yml' +
				'&title=Probl%C3%A8me%20avec%20un%20jeu%20de%20donn%C3%A9es%20%3A%20traffic-volumes' +
				'&labels=feedback%2Cproblem%2Cmto' +
				'&message=Il%20manque%20la%20route%207%20%26%20la%2017.%0AMerci!' +
				'&dataset=traffic-volumes&publisher=mto' +
				'&page=https%3A%2F%2Fexample.org%2Ffr%2Fdatasets%2Ftraffic-volumes%2F',
		);
	});

	it('leaves out the publisher label when the message is about no publisher', () => {
		const url = new URL(githubIssueUrl('o/r', { ...payload, type: 'request', dataset: undefined, publisher: undefined, query: 'zebrafish' }));
		expect(url.searchParams.get('labels')).toBe('feedback,request');
		expect(url.searchParams.get('query')).toBe('zebrafish');
		expect(url.searchParams.has('dataset')).toBe(false);
	});
});

describe('the email channel', () => {
	const labels = { dataset: 'Jeu de données', publisher: 'Éditeur', query: 'Recherche', scheduleRow: 'Diffusion prévue', page: 'Page' };

	it('writes the message and its facts into the body', () => {
		expect(mailBody(payload, labels)).toBe(
			'Il manque la route 7 & la 17.\nMerci!\n\n--\nJeu de données: traffic-volumes\nÉditeur: mto\nPage: https://example.org/fr/datasets/traffic-volumes/',
		);
	});

	it('addresses a mailto: link with subject and body, line breaks as CRLF', () => {
		const url = feedbackMailto('mto.data@example.org', payload, labels)!;
		expect(
			url.startsWith('mailto:mto.data@example.org?subject=Probl%C3%A8me%20avec%20un%20jeu%20de%20donn%C3%A9es%20%3A%20traffic-volumes&body=Il%20manque'),
		).toBe(true);
		expect(url).toContain('Merci!%0D%0A%0D%0A--%0D%0AJeu%20de%20donn%C3%A9es%3A%20traffic-volumes');
		expect(url).not.toMatch(/[ +]/);
	});

	it('goes to the publisher when the message is about one of its datasets, else to the office', () => {
		const channel = feedbackChannel({ publisher: { name: { en: 'Office' }, email: 'office@example.org' } }, [{ id: 'mto', email: 'mto@example.org' }]);
		expect(channel).toEqual({ kind: 'email', office: 'office@example.org', publishers: { mto: 'mto@example.org' } });
		if (channel.kind !== 'email') throw new Error('expected the email channel');
		expect(emailRecipient(channel, 'mto')).toBe('mto@example.org');
		expect(emailRecipient(channel, undefined)).toBe('office@example.org');
		expect(emailRecipient(channel, 'constructor')).toBe('office@example.org');
	});
});

describe('feedbackChannel', () => {
	const publisher = { name: { en: 'Office' }, email: 'office@example.org' };
	it('reads the configured channel', () => {
		expect(feedbackChannel({ publisher, feedback: { channel: 'endpoint', endpoint: 'https://intake.example.org/' } }, [])).toEqual({
			kind: 'endpoint',
			endpoint: 'https://intake.example.org/',
		});
		expect(feedbackChannel({ publisher, feedback: { channel: 'github', repository: 'o/r' } }, [])).toEqual({ kind: 'github', repository: 'o/r' });
		expect(feedbackChannel({ publisher, feedback: { channel: 'email', email: 'feedback@example.org' } }, [])).toMatchObject({
			kind: 'email',
			office: 'feedback@example.org',
		});
	});
});
