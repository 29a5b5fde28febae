/**
 * Polish: the words of the site's own components (see src/i18n/catalogue.ts for the rules every
 * language's catalogue follows). `{name}` is a placeholder the component fills; keep each one.
 * Names filled into a sentence (regions, zones, Outlooks) stay in the nominative: the sentences
 * are built so that they need no other case.
 */
export default {
	site: {
		title: 'MX Plan w Outlooku dla Windows',
		description: 'Skonfiguruj adres e-mail MX Plan od OVHcloud w Outlooku dla Windows, korzystając z ustawień serwerów dla Twojego regionu.',
	},
	/** Page titles: the sidebar, the link index's groups. Each page's own title is in its frontmatter. */
	pages: {
		'/': 'Zacznij tutaj',
		'/add-account/': 'Dodawanie konta',
		'/modify-settings/': 'Zmiana istniejących ustawień',
		'/troubleshooting/': 'Gdy Outlook nie wysyła lub nie odbiera poczty',
		'/pop-or-imap/': 'POP czy IMAP – jaka jest różnica?',
		'/download-settings/': 'Pobierz swoje ustawienia',
		'/links/': 'Linki dla zespołu wsparcia',
	},
	sidebar: { support: 'Dla zespołu wsparcia' },
	/** Region names (the settings module's region ids). */
	regions: {
		ca: 'Kanada',
		world: 'Międzynarodowy (Ameryka i pozostałe kraje)',
		fr: 'Francja',
		gb: 'Wielka Brytania',
		ie: 'Irlandia',
		de: 'Niemcy',
		es: 'Hiszpania',
		it: 'Włochy',
		pl: 'Polska',
		pt: 'Portugalia',
		au: 'Australia',
		sg: 'Singapur',
		asia: 'Azja',
	},
	/** Zone labels (the settings module's zone ids). */
	zones: { eu: 'Europa / Afryka', ca: 'Kanada / Ameryka', apac: 'Azja / Pacyfik' },
	/** Joins two or more zone labels: "Kanada / Ameryka i Azja / Pacyfik". */
	and: ' i ',
	/** The colon after a label (“Europe / Africa: …”), with the language’s spacing. */
	colon: ':',
	/** Outlook names (the Outlook choice's values). */
	outlooks: { classic: 'Klasyczny Outlook', new: 'Nowy Outlook' },
	/** The region choice: picker, prompt, notices, announcements. */
	region: {
		label: 'Region dla ustawień poczty',
		placeholder: 'Wybierz swój region',
		promptTitle: 'Wybierz swój kraj lub region',
		promptText: 'Serwery poczty zależą od tego, gdzie zamówiono Twoją usługę MX Plan. Dopóki nie dokonasz wyboru, każda wartość na tej stronie jest podana dla wszystkich stref, z nazwą strefy.',
		unknown: 'Ten adres wskazuje region „{value}”, którego ten przewodnik nie zna. Wybierz swój region poniżej.',
		announce: 'Wyświetlane są ustawienia: {name} ({group}).',
		noJs: '{strong}, więc ta strona nie może dopasować się do Twojego regionu: każde ustawienie jest podane dla wszystkich stref, z nazwą strefy. Twoja strefa:',
		noJsStrong: 'JavaScript jest wyłączony',
		noJsLabel: 'Region',
		currentNone: 'Nie wybrano jeszcze regionu: każda wartość jest podana dla wszystkich stref, z nazwą strefy.',
		currentChosen: 'Wyświetlane ustawienia: {icon} {name} · {group}',
		currentChange: 'To nie Twój region? Zmień go za pomocą flagi w prawym górnym rogu.',
		checkTitle: 'Najpierw sprawdź flagę',
		checkText: 'Zanim zaczniesz konfigurować usługi według tego przewodnika, upewnij się, że flaga w prawym górnym rogu strony odpowiada Twojemu krajowi lub regionowi: ustawienia zależą od Twojej lokalizacji.',
		checkTitleNoJs: 'Użyj ustawień swojej strefy',
		checkTextNoJs: 'Zanim zaczniesz konfigurować usługi według tego przewodnika, znajdź swój kraj lub region na liście na górze tej strony i używaj tylko ustawień oznaczonych nazwą jego strefy: ustawienia zależą od Twojej lokalizacji.',
		printLabel: 'Wydrukowane ustawienia',
		printChosen: 'Region tych ustawień: {name} (serwery strefy {zone}). Sprawdź, czy to kraj lub region, w którym zamówiono Twoją usługę MX Plan.',
		printNone: 'Nie wybrano regionu: każda wartość jest wydrukowana dla wszystkich stref, z nazwą strefy.',
	},
	/** The Outlook choice: picker, prompt, help, notices, announcements. */
	outlookChoice: {
		label: 'Outlook dla Windows',
		placeholder: 'Wybierz swoją wersję Outlooka',
		promptTitle: 'Której wersji Outlooka używasz?',
		promptText: 'W klasycznym i w nowym Outlooku konto dodaje się w różny sposób. Dopóki nie dokonasz wyboru, widoczne są instrukcje dla obu wersji, każda oznaczona nazwą wersji.',
		/** How to tell them apart: `{file}` is classic Outlook's File menu. */
		help: 'Nie masz pewności? Wpisz „Outlook” w polu wyszukiwania systemu Windows: klasyczny Outlook widnieje na liście jako „Outlook (klasyczny)”, a nowy – po prostu jako „Outlook”. Nowy Outlook nie ma też menu {file}.',
		unknown: 'Ten adres wskazuje wersję Outlooka „{value}”, której ten przewodnik nie zna. Wybierz swoją wersję Outlooka.',
		announce: 'Wyświetlane są instrukcje: {name}.',
		linkNotice: 'Ten link prowadzi do instrukcji dla wersji „{name}”, dlatego to one są wyświetlane.',
		back: 'Przełącz na: {name}',
		noJs: 'Widoczne są instrukcje zarówno dla klasycznego, jak i dla nowego Outlooka, każda oznaczona nazwą wersji.',
		currentNone: 'Nie wybrano jeszcze wersji Outlooka: widoczne są instrukcje dla obu wersji, każda oznaczona nazwą wersji.',
		currentChosen: 'Wyświetlane instrukcje: {icon} {name}',
		currentChange: 'To nie Twoja wersja Outlooka? Zmień ją w prawym górnym rogu, obok flagi.',
		printChosen: 'Wersja Outlooka w tych instrukcjach: {name}.',
		printNone: 'Nie wybrano wersji Outlooka: wydrukowano instrukcje zarówno dla klasycznego, jak i dla nowego Outlooka, każdą oznaczoną nazwą wersji.',
	},
	/** A region whose language is not the page's: the link to this language's page, written in this language. */
	offer: 'Ten przewodnik jest dostępny także po polsku: {link}',
	offerLink: 'przeczytaj tę stronę po polsku',
	/** The translation offer's name and its button. */
	offerLabel: 'Inne języki',
	close: 'Zamknij',
	/** The settings tables (SettingsTable). */
	table: {
		information: 'Informacja',
		description: 'Opis',
		userName: 'Nazwa użytkownika',
		userNameValue: 'Wpisz {value}',
		fullAddress: 'pełny adres e-mail',
		password: 'Hasło',
		passwordValue: 'Wpisz hasło do konta e-mail',
		serverIncoming: 'Serwer (przychodzący)',
		serverOutgoing: 'Serwer (wychodzący)',
		otherName: 'Inna nazwa tego samego serwera',
		otherNameNone: 'brak (użyj nazwy serwera podanej powyżej)',
		port: 'Port',
		security: 'Typ zabezpieczeń',
		none: 'brak',
	},
	/** What to type in a step (ServerStep): "W sekcji Poczta przychodząca wpisz:". */
	serverStep: { type: 'W sekcji {block} wpisz:' },
	otherNames: {
		some: 'Dla każdego serwera (przychodzącego i wychodzącego) poniższe ustawienia dopuszczają 2 nazwy hosta: tę podaną w instrukcji lub {names}. Obie prowadzą do tego samego serwera. Osobne nazwy ułatwiają wpisywanie i pomagają nie pomylić protokołów POP, IMAP i SMTP, z których każdy korzysta z innego portu.',
		none: 'W poniższych ustawieniach każdy serwer (przychodzący i wychodzący) ma tylko jedną nazwę hosta: wpisz ją dokładnie tak, jak została podana. POP, IMAP i SMTP mają własne nazwy hosta i porty, dzięki czemu trudno je pomylić.',
	},
	downloads: {
		imapProfile: 'Profil IMAP',
		popProfile: 'Profil POP',
		/** Visually hidden after each link: makes the all-zones list's links unique. */
		forRegion: ' dla regionu {region}',
		dnsZone: 'Strefa DNS domeny {domain}',
	},
	/** Step tabs: the tab list's name, per set of steps. */
	steps: { classic: 'Kroki dodawania konta', 'classic-manual': 'Kroki w starszym oknie dodawania konta', new: 'Kroki dodawania konta w nowym Outlooku' },
	/** Copy-link buttons and the announcements of the link script. */
	copy: {
		label: 'Kopiuj link',
		to: ' do „{title}”',
		copied: 'Skopiowano',
		failed: 'Nie udało się skopiować',
		announceCopied: 'Skopiowano link do „{title}”',
		announceFailed: 'Nie udało się skopiować: {url}',
	},
	linkIndex: {
		/** The pickers' empty choice: the link leaves it to the reader. */
		none: 'Brak (wybiera czytelnik)',
		/** A place that is the same for every value of a choice (both Outlooks). */
		every: 'Obie wersje',
		place: 'Miejsce',
		id: 'Identyfikator',
		link: 'Link',
		copy: 'Kopiuj',
		also: 'także {aliases}',
	},
	errorCode: {
		/** An error code’s heading (and its place’s title): “0x800CCC0E: cannot connect to the server”. */
		heading: '{code}: {title}',
		also: 'Zapisywany także jako {code}',
		windowsName: 'Nazwa w systemie Windows: {name}',
		means: 'Znaczenie.',
		causes: 'Prawdopodobne przyczyny',
		fix: 'Rozwiązanie.',
		/** A server's three values in a sentence: "<host>, port <port>, <security>". */
		server: '{host}, port {port}, {security}',
	},
	illustration: { badge: 'Ilustracja', diagram: 'Schemat' },
};
