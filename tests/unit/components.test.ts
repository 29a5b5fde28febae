import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import SettingsTable from '../../src/components/settings/SettingsTable.astro';
import SettingValue from '../../src/components/settings/SettingValue.astro';
import ServerStep from '../../src/components/settings/ServerStep.astro';
import WebmailLink from '../../src/components/settings/WebmailLink.astro';
import StepTabs from '../../src/components/settings/StepTabs.astro';
import { regions, zones, ZONE_IDS, PROTOCOLS, allHosts, type ZoneId } from '../../src/settings/mail-settings';
import en from '../../src/i18n/en';
import { regionName, zoneName } from '../../src/i18n';

const ui = en.outlook.classic;

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/**
 * What a reader of `region` sees in rendered HTML: the CSS that RegionHead writes hides every
 * `.zv` variant not tagged with the zone and every `[data-regions]` item not tagged with the
 * region; labels (`.zl`, `.rl`) and separators (`.zsep`) are hidden once a region is chosen. This
 * applies the same rules.
 */
function visibleText(html: string, region: (typeof regions)[number]): string {
	const $ = cheerio.load(html);
	$('.zv').each((_, el) => {
		if (!($(el).attr('data-zones') ?? '').split(' ').includes(region.zone)) $(el).remove();
	});
	$('[data-regions]').each((_, el) => {
		if (!($(el).attr('data-regions') ?? '').split(' ').includes(region.id)) $(el).remove();
	});
	$('.zl, .rl, .zsep').remove();
	$('th, td, li, p').append(' ');
	return $.text().replace(/\s+/g, ' ');
}

/** One region of each zone. */
const sampleRegions = ZONE_IDS.map((zone) => regions.find((region) => region.zone === zone)!);
const otherHosts = (zone: ZoneId) => {
	const own = new Set(PROTOCOLS.flatMap((p) => [zones[zone][p].host, ...zones[zone][p].aliases]));
	return allHosts().filter((host) => !own.has(host));
};

describe('SettingsTable', () => {
	for (const protocol of PROTOCOLS)
		for (const region of sampleRegions)
			it(`${protocol} for ${region.id} (${region.zone}) shows that zone's server, port and security only`, async () => {
				const html = await container.renderToString(SettingsTable, { props: { protocol } });
				const text = visibleText(html, region);
				const server = zones[region.zone][protocol];
				expect(text).toContain(server.host);
				for (const alias of server.aliases) expect(text).toContain(alias);
				expect(text).toMatch(new RegExp(`Port ${server.port}\\b`));
				expect(text).toContain(`Security type ${server.security}`);
				expect(text).toContain('User name Enter the full email address');
				for (const host of otherHosts(region.zone)) expect(text).not.toContain(host);
			});

	it('labels every variant with its zone for the all-zones view', async () => {
		const $ = cheerio.load(await container.renderToString(SettingsTable, { props: { protocol: 'imap' } }));
		const variants = $('td .zv')
			.toArray()
			.filter((el) => $(el).find('code').text() === zones.eu.imap.host);
		expect(variants).toHaveLength(1);
		expect($(variants[0]).attr('data-zones')).toBe('eu');
		expect($(variants[0]).find('.zl').text()).toBe(`${zoneName(en, 'eu')}:`);
		const covered = $('td:has(.zv)').first().find('.zv').toArray().flatMap((el) => $(el).attr('data-zones')!.split(' '));
		expect(covered.sort()).toEqual([...ZONE_IDS].sort());
	});
});

describe('SettingValue', () => {
	for (const region of sampleRegions)
		it(`renders the smtp host, port and security inline for ${region.id}`, async () => {
			for (const field of ['host', 'port', 'security'] as const) {
				const html = await container.renderToString(SettingValue, { props: { protocol: 'smtp', field } });
				expect(visibleText(html, region).trim()).toBe(String(zones[region.zone].smtp[field]));
			}
		});

	it('renders a value that is the same in every zone once, without zone labels', async () => {
		const same = ZONE_IDS.every((zone) => zones[zone].imap.port === zones.eu.imap.port);
		const html = await container.renderToString(SettingValue, { props: { protocol: 'imap', field: 'port' } });
		expect(html.includes('class="zs"')).toBe(!same);
	});
});

describe('ServerStep', () => {
	for (const protocol of ['imap', 'pop'] as const)
		for (const region of sampleRegions)
			it(`step 4 ${protocol} for ${region.id}: incoming then outgoing server of the zone`, async () => {
				const text = visibleText(await container.renderToString(ServerStep, { props: { protocol } }), region);
				const incoming = zones[region.zone][protocol];
				const outgoing = zones[region.zone].smtp;
				expect(text).toMatch(
					new RegExp(
						`${ui.incomingMail}.*${ui.server} ${incoming.host}.*${ui.port} ${incoming.port}.*${incoming.security}.*${ui.outgoingMail}.*${ui.server} ${outgoing.host}.*${ui.port} ${outgoing.port}.*${outgoing.security}`,
					),
				);
				for (const host of otherHosts(region.zone)) expect(text).not.toContain(host);
			});
});

describe('WebmailLink', () => {
	for (const region of regions)
		it(`links ${region.id} to its own webmail only`, async () => {
			const $ = cheerio.load(await container.renderToString(WebmailLink));
			const visible = $('.rv[data-regions]')
				.filter((_, el) => $(el).attr('data-regions')!.split(' ').includes(region.id))
				.find('a');
			expect(visible.toArray().map((a) => $(a).attr('href'))).toEqual([region.webmail]);
		});

	it('lists every region, under its zone, for the all-zones view', async () => {
		const $ = cheerio.load(await container.renderToString(WebmailLink));
		for (const region of regions) {
			const item = $(`.rv[data-regions~="${region.id}"]`);
			expect(item.find('.rl').text()).toContain(regionName(en, region.id));
			// The entry sits after its zone's label and before the next zone's.
			expect(item.prevAll('.rs-label').first().text().trim()).toBe(zoneName(en, region.zone));
		}
	});
});

describe('StepTabs', () => {
	const slots = {
		'step-1': '<p>one</p>',
		'step-2': '<p>two</p>',
		'step-3': '<p>three</p>',
		'step-4-imap': '<p>imap</p>',
		'step-4-pop': '<p>pop</p>',
	};

	it('renders the five tabs with fixed labels, in order, each panel with its content', async () => {
		const $ = cheerio.load(await container.renderToString(StepTabs, { props: { set: 'classic' }, slots }));
		expect($('[role="tab"]').toArray().map((el) => $(el).text().trim())).toEqual([
			'Step 1',
			'Step 2',
			'Step 3',
			'Step 4 - IMAP',
			'Step 4 - POP',
		]);
		expect($('[role="tabpanel"]').toArray().map((el) => $(el).find('p:not(.step-title)').text())).toEqual(
			Object.values(slots).map((html) => cheerio.load(html).text()),
		);
		// Titles used when JavaScript is off.
		expect($('.step-title').toArray().map((el) => $(el).text())).toEqual($('[role="tab"]').toArray().map((el) => $(el).text().trim()));
	});

	it('fails the build when a step slot is missing or misspelt', async () => {
		const { 'step-4-pop': _pop, ...rest } = slots;
		await expect(container.renderToString(StepTabs, { props: { set: 'classic' }, slots: { ...rest, 'step-4-pops': '<p>x</p>' } })).rejects.toThrow(
			/StepTabs \(classic\): the "step-4-pop" slot is empty/,
		);
	});
});
