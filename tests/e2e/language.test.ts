/**
 * Each page reads as its own language: a language-identification library (ELD, `eld`, n-gram
 * based) runs on every paragraph, list item, table cell, heading, caption and diagram text of
 * every built page in every language, and no block of five words or more may be identified as
 * another of the guide's languages. Left out, as the same in every language or not words at all:
 * host names, ports and codes (<code>), product and protocol names, error codes, region and zone
 * names (proper names), the copy-link buttons (a short template and a heading's words), and any part marked with a `lang` of its own (a translation offer, a
 * server's reply quoted in English), which must then say its language.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { eld } from 'eld/medium';
import { PAGES } from '../../src/links/registry';
import { LANGUAGES, LANGUAGE_INFO, localePath, type Lang } from '../../src/i18n/languages';

const dist = join(import.meta.dirname, '../../dist');
eld.setLanguageSubset([...LANGUAGES]);

const PRODUCTS = /\b(MX Plan|OVHcloud|Outlook|IMAP|POP3?|SMTP|SSL\/TLS|STARTTLS|SPA|DNS|SRV|JSON|Microsoft 365|Outlook\.com|Thunderbird|Evolution|KMail|FairEmail|Nextcloud Mail|iPhone|iPad|Mac|macOS|Exchange|Google|Windows|Apple|Android|Webmail|Pagefind)\b/g;
const MIN_WORDS = 5;

/** The text blocks of a built page a reader reads as prose, with what is the same in every language taken out. */
export function blocks(html: string, lang: Lang): string[] {
	const $ = cheerio.load(html);
	// Not prose, or proper names: code and values, scripts, labels of zones and regions, the
	// no-JavaScript list of regions by zone; and the copy-link buttons, whose words are a short
	// template and a place's title (each title is read as its heading on its page).
	$('code, kbd, script, style, template, .zl, .rl, .rs-label, .variant-label, .choice-nojs ul, .downloads-name, .copy-link').remove();
	// Parts in another language carry their own `lang` (checked below to be one of ours).
	$('[lang]').filter((_, el) => $(el).attr('lang')!.split('-')[0] !== lang).remove();
	const out: string[] = [];
	$('main')
		.find('p, li, td, th, figcaption, h1, h2, h3, h4, summary, title, desc, text, legend, label')
		.each((_, el) => {
			const $el = $(el);
			// The innermost blocks only: a list item with a paragraph is read as the paragraph.
			if ($el.find('p, li, td, th, figcaption, legend').length) return;
			const text = $el
				.text()
				.replace(/\s+/g, ' ')
				.replace(/\b[\w.-]+\.(net|ca|com|org|xml|json|mobileconfig)\b\S*/g, ' ')
				.replace(/https?:\/\/\S+/g, ' ')
				.replace(PRODUCTS, ' ')
				.replace(/\b0x[0-9A-F]{8}\b|\b[0-9A-F]{8}\b|\b\d+\b|<[\w-]+>/g, ' ')
				.trim();
			if (text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length >= MIN_WORDS) out.push(text);
		});
	return out;
}

describe('language identification of every built page', () => {
	it('tells the languages apart (a control: each language’s sentence is identified as it)', () => {
		const samples: Record<Lang, string> = {
			en: 'Enter the password for your email account, then click the button below the field.',
			fr: 'Saisissez le mot de passe de votre compte de messagerie, puis cliquez sur le bouton.',
			de: 'Geben Sie das Kennwort Ihres E-Mail-Kontos ein und klicken Sie dann auf die Schaltfläche.',
			es: 'Introduzca la contraseña de su cuenta de correo y haga clic en el botón de abajo.',
			it: 'Inserisci la password del tuo account di posta, poi fai clic sul pulsante qui sotto.',
			pl: 'Wprowadź hasło do swojego konta poczty, a następnie kliknij przycisk poniżej pola.',
			pt: 'Introduza a palavra-passe da sua conta de correio e clique no botão abaixo do campo.',
		};
		for (const lang of LANGUAGES) expect(eld.detect(samples[lang]).language, lang).toBe(lang);
	});

	for (const lang of LANGUAGES)
		it(`${lang}: no block of ${MIN_WORDS} words or more reads as another language`, () => {
			const wrong: string[] = [];
			let count = 0;
			for (const page of [...Object.keys(PAGES), '/links/']) {
				const html = readFileSync(join(dist, localePath(lang, page), 'index.html'), 'utf8');
				expect(html).toContain(`<html lang="${LANGUAGE_INFO[lang].tag}"`);
				for (const text of blocks(html, lang)) {
					count++;
					const found = eld.detect(text).language;
					if (found !== lang) wrong.push(`${localePath(lang, page)} → ${found}: ${text.slice(0, 100)}`);
				}
			}
			expect(count, 'blocks read').toBeGreaterThan(150);
			expect(wrong).toEqual([]);
		});

	it('marks every part in another language with a `lang` of the guide’s languages', () => {
		const tags = new Set<string>(LANGUAGES.map((lang) => LANGUAGE_INFO[lang].tag));
		for (const lang of LANGUAGES)
			for (const page of Object.keys(PAGES)) {
				const $ = cheerio.load(readFileSync(join(dist, localePath(lang, page), 'index.html'), 'utf8'));
				$('main [lang]').each((_, el) => expect(tags.has($(el).attr('lang')!), `${localePath(lang, page)}: lang="${$(el).attr('lang')}"`).toBe(true));
			}
	});

	it('catches a planted English paragraph in a translated page', () => {
		const planted = readFileSync(join(dist, 'de/pop-or-imap/index.html'), 'utf8').replace(
			'</main>',
			'<p>This paragraph was left in English by mistake and must be found by the check.</p></main>',
		);
		const hits = blocks(planted, 'de').filter((text) => eld.detect(text).language !== 'de');
		expect(hits).toEqual(['This paragraph was left in English by mistake and must be found by the check.']);
	});
});
