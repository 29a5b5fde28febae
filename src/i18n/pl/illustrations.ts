/**
 * Polish: the illustrations' captions and the words they draw that are not Outlook's labels
 * (Outlook's labels are in outlook.ts), and the POP/IMAP diagrams' text and descriptions.
 * Captions quote Outlook's labels as outlook.ts has them.
 */
export default {
	yourAddress: 'Twój adres e-mail',
	yourPassword: 'Twoje hasło, ukryte',
	yourName: 'Twoje imię i nazwisko',
	recommended: 'zalecany',
	/** The new Outlook's password field, where the reader types nothing. */
	leaveEmpty: 'pozostaw puste',
	/** The new Outlook's settings button, drawn as a gear. */
	gear: 'Ustawienia (ikona koła zębatego)',
	addAccountWizard: {
		caption: 'Okno dodawania konta w Outlooku: wpisz swój adres, otwórz „Opcje zaawansowane”, zaznacz „Pozwól mi ręcznie skonfigurować moje konto”, a następnie kliknij „Połącz”.',
	},
	accountTypeChoice: { caption: 'Krok 1: wybierz IMAP (zalecany) lub POP.' },
	passwordPrompt: { caption: 'Krok 2: wpisz hasło do swojego konta e-mail, a następnie kliknij „Połącz”.' },
	changeAccountSettings: { caption: 'Krok 3: jeśli Outlook nie zdołał sam skonfigurować konta, kliknij „Zmień ustawienia konta”.' },
	serverSettingsForm: {
		caption: 'Krok 4 ({type}): formularz ustawień konta w Outlooku, w którym wpisujesz serwery przychodzący i wychodzący, porty i metodę szyfrowania.',
	},
	accountSettingsPath: {
		title: 'Outlook – Plik',
		caption: 'Zmiana istniejących ustawień: Plik (1), wybór konta, Ustawienia kont (2), a następnie Ustawienia serwera (3).',
	},
	manualSetup: { caption: 'Starsze okno „Dodaj konto”: wybierz „Ręczna konfiguracja lub dodatkowe typy serwerów”, a następnie kliknij „Dalej”.' },
	serviceChoice: { caption: 'Wybierz „POP lub IMAP”, a następnie kliknij „Dalej”.' },
	accountDetails: { caption: 'Dane konta dla IMAP: Twoje imię i nazwisko oraz adres, typ konta i serwery, Twój adres jako nazwa użytkownika; na koniec przycisk „Więcej ustawień”.' },
	outgoingServerTab: { caption: 'Karta „Serwer wychodzący”: zaznacz uwierzytelnianie SMTP i pozostaw te same ustawienia co dla serwera poczty przychodzącej.' },
	advancedTab: { caption: 'Karta „Zaawansowane” dla IMAP: porty serwerów przychodzącego i wychodzącego, każdy z własnym typem połączenia szyfrowanego; na koniec „OK”.' },
	accountSettingsDialog: { caption: 'Okno „Ustawienia kont”: zaznacz swoje konto (1), a następnie kliknij „Zmień...” (2).' },
	newAddAccount: { caption: 'Nowy Outlook: w lewej kolumnie kliknij „Dodaj konto”.' },
	newSignIn: { caption: 'Wpisz swój adres i kliknij „Dalej” (1); wpisz hasło, a następnie kliknij „Pokaż więcej” (2).' },
	newServerForm: { caption: 'Ustawienia serwera w nowym Outlooku dla IMAP: serwery przychodzący i wychodzący, porty i typ bezpiecznego połączenia; Twój adres jako nazwa użytkownika SMTP; pole hasła pozostawione puste.' },
	newRemoveAccount: { caption: 'Usuwanie konta w nowym Outlooku: ustawienia (1), Twoje konta (2), „Zarządzaj” (3), a następnie „Usuń” (4).' },
	incomingOutgoing: {
		caption: 'Okno ustawień serwera składa się z dwóch części: „Poczta przychodząca” i „Poczta wychodząca”. Kliknij jedną z nich, aby ją edytować.',
	},
	overview: {
		title: 'Wysyłanie i odbieranie poczty',
		desc: 'Program pocztowy na Twoim urządzeniu wysyła wiadomości do serwera wychodzącego przez protokół SMTP, a odbiera je z serwera przychodzącego przez POP lub IMAP.',
		device: 'Urządzenie',
		client: 'program pocztowy',
		outgoing: 'Wychodzący',
		incoming: 'Przychodzący',
		server: 'serwer',
		popOrImap: 'POP lub IMAP',
		caption: 'Do wysyłania służy zawsze SMTP; do odbierania wybierasz POP lub IMAP.',
	},
	devices: {
		computer: 'Komputer',
		phone: 'Telefon',
		tablet: 'Tablet',
		server: 'Serwer poczty',
		kept: '✉ wiadomość zostaje',
		deleted: '✉ wiadomość usunięta',
		sees: '✉ widoczna',
		nothing: 'nic',
		imapSummary: 'wiadomość zostaje na serwerze, oznaczona jako przeczytana: widać ją na każdym urządzeniu.',
		imapDesc: 'W przypadku IMAP wiadomość pozostaje na serwerze poczty. Komputer, telefon i tablet wyświetlają ją, a gdy zostanie przeczytana na jednym urządzeniu, na pozostałych także jest oznaczona jako przeczytana – dopóki któreś z urządzeń jej nie usunie.',
		popSummary: 'pierwsze urządzenie pobiera wiadomość, a ta zostaje usunięta z serwera: pozostałe urządzenia nigdy jej nie zobaczą.',
		popDesc: 'W przypadku POP komputer domyślnie pobiera wiadomość, a ta zostaje usunięta z serwera poczty, więc telefon i tablet nigdy jej nie widzą.',
	},
};
