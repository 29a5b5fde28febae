/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: `unit` (settings module, components through Astro's container API, source scans,
// the build's own validation) and `e2e` (the built site in Debian's Chromium).
export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 },
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
