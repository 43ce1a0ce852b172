/**
 * What an HTTP status or a network error means for a link: working, broken (and how), or worth
 * asking again (a 5xx answer or a time-out may be passing).
 */
import type { LinkOutcome } from './link-result.ts';

/** The outcome of a final (non-redirect) HTTP status. */
export function outcomeOfStatus(status: number): LinkOutcome {
	if (status >= 200 && status < 300) return 'ok';
	if (status === 404 || status === 410) return 'not-found';
	if (status >= 500) return 'server-error';
	return 'client-error';
}

/** Error codes of TLS failures (certificate not trusted, expired, for another host; handshake failed). */
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH|ERR_OSSL_)/;

/** The code of a network error (`ECONNREFUSED`, `DEPTH_ZERO_SELF_SIGNED_CERT`…), or its message. */
export function errorCode(error: unknown): string {
	const { code, name, message } = (error ?? {}) as { code?: unknown; name?: string; message?: string };
	if (typeof code === 'string') return code;
	if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
	return message ?? String(error);
}

/** The outcome of a request that got no HTTP answer. */
export function outcomeOfError(code: string): LinkOutcome {
	if (code === 'TIMEOUT' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'timeout';
	if (code === 'ECONNREFUSED') return 'refused';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
	if (TLS_CODES.test(code)) return 'tls';
	return 'network';
}

/** Whether an outcome may be passing, so that asking again later can change it. */
export function isRetryable(outcome: LinkOutcome): boolean {
	return outcome === 'server-error' || outcome === 'timeout';
}
