import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';

/**
 * When a page was last changed, from git (the date of the last commit that touched its file), or
 * nothing outside a git checkout or for a file never committed. Starlight's own `lastUpdated`
 * reads git only under src/content/docs/ when building, and ours live in content/docs/.
 */
function lastCommitDate(file: string): Date | undefined {
	try {
		const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', basename(file)], {
			cwd: dirname(file),
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		return /^\d+$/.test(out) ? new Date(Number(out) * 1000) : undefined;
	} catch {
		return undefined;
	}
}

/** The glob loader, with each page's `lastUpdated` taken from git unless its frontmatter sets one. */
function withGitDates(loader: Loader): Loader {
	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				parseData: (props) => {
					const date = props.filePath && props.data.lastUpdated === undefined
							? lastCommitDate(fileURLToPath(new URL(props.filePath, context.config.root)))
							: undefined;
					return context.parseData(date ? { ...props, data: { ...props.data, lastUpdated: date } } : props);
				},
			}),
	};
}

export const collections = {
	// The pages live in content/docs/ (not src/content/docs/, which Starlight's docsLoader() reads).
	docs: defineCollection({
		loader: withGitDates(glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' })),
		schema: docsSchema(),
	}),
	// Starlight's UI strings, changed where ours say it better (src/content/i18n/<lang>.json).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
