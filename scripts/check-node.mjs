// Plain JavaScript on purpose: it must run, and explain itself, on a Node too old for the rest.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`Open Data Catalogue needs Node.js 22.12 or newer (Node 24 is recommended, see .nvmrc); this is Node ${process.versions.node}.\n` +
			'Install Node 24 (for example with nvm: nvm install), or run .ci/run, which installs it from the npm registry.',
	);
	process.exit(1);
}
