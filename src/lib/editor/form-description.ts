/**
 * What the editor's form is made of: the fields, as worked out from the dataset schema
 * (./schema-to-form.ts), and read back into a record (./form-to-record.ts). Plain data, so the page
 * can hand it to the browser as JSON.
 */

/** How a field is entered. */
export type FieldKind =
	/** One line of text; `number` an integer, `date` YYYY-MM-DD, `url` and `email` addresses. */
	| 'text'
	| 'number'
	| 'date'
	| 'url'
	| 'email'
	/** One value of a list (`options`). */
	| 'select'
	/** Several values of a list, as checkboxes. */
	| 'checkboxes'
	/** true or false, as one checkbox. */
	| 'boolean'
	/** A text per language (side by side); `multiline` for Markdown. */
	| 'localized'
	/** Words per language, one a line. */
	| 'keywords'
	/** An object of fields (`fields`). */
	| 'group'
	/** A list of objects of fields (`fields`), added and removed one at a time. */
	| 'repeat';

/** Where the options of a select or checkbox list come from. */
export type OptionSource = 'publishers' | 'licences' | 'themes' | 'schema';

/** One field of the form. */
export interface FormField {
	/** The property name. */
	key: string;
	/** The property names from the record's root, dotted, without list indices: `distributions.title`. */
	path: string;
	kind: FieldKind;
	/** Whether the schema requires it (conditional requirements are the validator's to report). */
	required: boolean;
	/** The schema's description of the field (English, as the schema is written). */
	description?: string;
	/** The schema's title, when it has one. */
	title?: string;
	/** For `localized`: Markdown, several lines. */
	multiline?: boolean;
	/** For `select` and `checkboxes`: the values allowed, and which list they come from. */
	options?: string[];
	optionSource?: OptionSource;
	/** For `group` and `repeat`: the fields of each object. */
	fields?: FormField[];
	/** For `repeat`: the most items allowed. */
	maxItems?: number;
}

/** The whole form of a dataset. */
export interface FormDescription {
	fields: FormField[];
	/** Fields of the schema the form does not offer (`origin`, `distributions.schema`): kept as they are in an existing file. */
	omitted: string[];
}

/** The catalogue's own lists, offered in place of free text for the fields that refer to them. */
export interface FormLists {
	publishers: string[];
	licences: string[];
	themes: string[];
}
