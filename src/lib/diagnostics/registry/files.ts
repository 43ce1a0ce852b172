import { defineCodes } from './types.ts';

/** Problems of the repository's files as files: where they are, what they are, how big, how encoded. */
export const FILE_CODES = defineCodes({
	'file.missing': { message: 'is missing / does not exist' },
	'file.location': { message: 'is not where this kind of file goes' },
	'file.symlink': {
		message: 'is a symbolic link (or is inside one)',
		hint: 'commit the file itself, not a link to it: the catalogue publishes only files inside the repository',
	},
	'file.not-regular': {
		message: 'is not a regular file (a folder, a device, a pipe or a socket)',
		hint: 'the catalogue reads only ordinary files committed to the repository',
	},
	'file.outside': { message: 'lies outside the repository' },
	'file.too-large': { message: 'is too large to be read' },
	'file.too-many': { message: 'holds more than <n> files and folders' },
	'file.too-deep': { message: 'is nested more than <n> folders deep', hint: 'keep the folders flat: datasets/<publisher>/, public/data/<publisher>/' },
	'file.unreadable': { message: 'cannot be read: <reason>' },
	'file.empty': { message: 'is empty' },
	'file.encoding': { message: 'is not valid UTF-8 text' },
	'file.bom': { message: 'has no byte-order mark where one is expected' },
	'file.too-many-problems': {
		message: 'has <n> more problems from here on, not listed',
		hint: 'fix the problems above first: the same mistake is probably repeated',
	},
});

/** Bounds on a YAML file's shape, checked before the schema sees it. */
export const STRUCTURE_CODES = defineCodes({
	'structure.values': { message: 'holds too many values' },
	'structure.depth': { message: 'is nested too deeply' },
	'structure.items': { message: 'has too many items' },
	'structure.keys': { message: 'has too many fields' },
});
