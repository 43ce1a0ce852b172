/**
 * Where the editor shows a problem: the CLI names the field as `distributions[0].title.en`; the
 * form's error slots are named by control name (`distributions.0.title.en`), for each control and
 * for each group of controls.
 */

/** `distributions[0].title.en` → `distributions.0.title.en`. */
export function controlName(field: string): string {
	return field.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The error slot a diagnostic's field belongs to: its own, else the first inside it (`title` →
 * `title.en`), else the nearest enclosing one (`themes.0` → `themes`).
 */
export function slotFor(field: string, slots: readonly string[]): string | undefined {
	const name = controlName(field);
	if (name === '') return undefined;
	if (slots.includes(name)) return name;
	const inside = slots.find((slot) => slot.startsWith(`${name}.`));
	if (inside) return inside;
	const parts = name.split('.');
	for (let end = parts.length - 1; end > 0; end--) {
		const outer = parts.slice(0, end).join('.');
		if (slots.includes(outer)) return outer;
	}
	return undefined;
}
