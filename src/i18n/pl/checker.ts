/**
 * Polish: every word the settings checker shows or copies. Messages are templates, one per
 * finding kind: `{name}` is replaced by a finding's value as text, `[name]` as code. `{where}` is
 * the region's name (or the zones' labels without a region), zone lists become their labels,
 * protocols their names (src/checker/messages.ts fills them, on the page and in the tests).
 * The names come in the nominative, so the templates put them where Polish needs no other case:
 * after "strefy", in parentheses or after a colon; the protocols' names read the same in any case.
 * Host names, ports and security types are never typed here: they come in through the findings.
 * No template has a user-name slot: the user name never appears in a message or the summary.
 */
export default {
	findings: {
		'other-zone': '[got] to serwer strefy {gotZones}; właściwy serwer ({where}) to [expected].',
		'no-such-host': '[got] nie istnieje: tej nazwy używa się tylko w strefie {realIn}. Właściwy serwer ({where}) to [expected].',
		typo: '[got] wygląda na literówkę: serwer {protocol} to [expected].',
		'typo-zone': '[got] wygląda na błędnie wpisaną nazwę [near] (serwer strefy {nearZones}); właściwy serwer ({where}) to [expected].',
		'wrong-protocol': '[got] to serwer {gotProtocol}; serwer {protocol} to [expected].',
		'unknown-host': '[got] nie jest nazwą serwera MX Plan od OVHcloud (wpisz samą nazwę, bez „https://” i bez portu); właściwy serwer {protocol} ({where}) to [expected].',
		'other-port': 'Port [got] to port {gotProtocol}; port {protocol} to [expected].',
		'wrong-port': 'Port [got] to nie jest port {protocol}: użyj [expected].',
		'encryption-none': '„Brak” oznaczałby wysyłanie hasła bez szyfrowania, a serwer na to nie pozwala. Dla serwera {protocol} wybierz [expected].',
		'encryption-starttls': 'STARTTLS nie działa na porcie [port]: połączenie jest szyfrowane od samego początku. Dla serwera {protocol} wybierz [expected].',
		'encryption-auto': '„Automatycznie” pozwala Outlookowi wybrać metodę, która może nie działać. Dla serwera {protocol} wybierz [expected].',
		'user-name': 'Nazwą użytkownika musi być pełny adres e-mail (nazwa@twoja-domena), a nie tylko część przed znakiem @.',
		'smtp-auth-off': 'Włącz uwierzytelnianie SMTP: zaznacz „Mój serwer wychodzący (SMTP) wymaga uwierzytelnienia” oraz „Użyj tych samych ustawień co mój serwer poczty przychodzącej”.',
	},
	protocols: { imap: 'IMAP', pop: 'POP', smtp: 'SMTP (poczta wychodząca)' },
	ui: {
		start: 'Wpisz to, co pokazuje Twój Outlook: wyniki pojawiają się tutaj na bieżąco, w trakcie wpisywania.',
		one: 'Znaleziono 1 błąd',
		many: 'Liczba znalezionych błędów: {n}',
		allGood: 'Wszystko zgadza się z ustawieniami ({where}). Jeśli Outlook nadal zgłasza błąd, sprawdź hasło (zaloguj się nim do webmaila), a następnie punkty z listy kontrolnej.',
		soFar: 'Na razie bez błędów; niektóre pola są jeszcze puste.',
		checkedAgainst: 'Porównano z ustawieniami: {where}.',
		guessed: 'Nie wybrano regionu: Twoje wartości najlepiej pasują do ustawień strefy {where}, więc to z nimi zostały porównane. Aby mieć pewność, wybierz swój region za pomocą flagi w prawym górnym rogu.',
		askRegion: 'Nie wybrano regionu: aby sprawdzić nazwy serwerów, wybierz go za pomocą flagi w prawym górnym rogu albo wpisz serwer.',
		fixLink: 'Jak to poprawić: {title}',
		copy: 'Kopiuj wyniki',
		copied: 'Skopiowano wyniki',
		copyFailed: 'Nie udało się skopiować',
		/** The copied summary's first line; then the region line, the status, each finding and its link. */
		summaryTitle: 'Sprawdzenie ustawień Outlooka (MX Plan)',
	},
	/** The form's fields. */
	labels: {
		accountType: 'Typ konta',
		incomingServer: 'Serwer przychodzący',
		incomingPort: 'Port serwera przychodzącego',
		incomingEncryption: 'Szyfrowanie serwera przychodzącego',
		outgoingServer: 'Serwer wychodzący',
		outgoingPort: 'Port serwera wychodzącego',
		outgoingEncryption: 'Szyfrowanie serwera wychodzącego',
		userName: 'Nazwa użytkownika',
		smtpAuth: 'Serwer wychodzący wymaga uwierzytelniania',
	},
	/** The encryption choices (Outlook's own names; "Wybierz…" is the empty choice). */
	encryption: { choose: 'Wybierz…', none: 'Brak', auto: 'Automatycznie' },
	form: {
		label: 'Twoje ustawienia Outlooka',
		incoming: 'Poczta przychodząca',
		outgoing: 'Poczta wychodząca',
		results: 'Wyniki',
	},
	noJs: {
		intro: 'Do działania tego narzędzia potrzebny jest JavaScript. Porównaj to, co pokazuje Twój Outlook, z poniższymi wartościami; każda strefa jest oznaczona – znajdź swoją.',
		imap: 'IMAP (przychodzący)',
		pop: 'POP (przychodzący)',
		smtp: 'SMTP (wychodzący)',
		auth: 'Serwer wychodzący wymaga uwierzytelniania tą samą nazwą użytkownika i tym samym hasłem.',
	},
};
