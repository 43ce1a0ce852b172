/**
 * What the registry says about one diagnostic code: the message it prints after the field's path
 * (`<…>` marks a part filled in from the file) and, when it is always the same, its hint.
 */
export interface CodeInfo {
	message: string;
	hint?: string;
}

/** Checks an area's table against {@link CodeInfo} while keeping its codes as literal types. */
export function defineCodes<const T extends Record<string, CodeInfo>>(codes: T): T {
	return codes;
}
