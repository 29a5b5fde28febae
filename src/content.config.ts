import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// The pages live in content/docs/ (not src/content/docs/, which Starlight's docsLoader() reads).
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
};
