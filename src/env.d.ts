/// <reference types="astro/client" />

interface ImportMetaEnv {
	/** The base path the site is built for, compiled in by astro.config.mjs. */
	readonly SITE_BASE?: string;
}
