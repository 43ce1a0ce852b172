/** The part of jsonld.js (which ships no type declarations) the project uses. */
declare module 'jsonld' {
	const jsonld: {
		toRDF(input: object, options?: object): Promise<unknown>;
		canonize(input: object | string, options?: object): Promise<unknown>;
	};
	export default jsonld;
}
