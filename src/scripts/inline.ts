import { transformSync } from 'esbuild';

/** Minifies a script that pages carry inline (it runs before the first paint, so size matters). */
export function minifyInline(source: string): string {
	return transformSync(source, { minify: true, target: 'es2022', legalComments: 'none' }).code.trim();
}
