/**
 * Polish: what each of Outlook's error codes means for an MX Plan account (the troubleshooting
 * page). Rich text (src/i18n/rich.ts): plain strings, and parts the page fills in:
 * `{ server: 'imap' }` (host, port and security of the reader's zone), `{ value: 'smtp', field: 'port' }`,
 * `{ ui: 'classic.spa' }` (an Outlook label from outlook.ts, in bold), `{ code: 'ssl0' }` and
 * `{ place: 'imap-settings' }` (a link to a registered place, with its title, or `text`) and
 * `{ page: '/modify-settings/' }` (a link to a page, with its title). The parts may be
 * reordered, but every one that is not a string is kept.
 */
import type { Rich } from '../rich';

/** "dla IMAP …; dla POP …": the incoming servers of the reader's zone. */
const INCOMING: Rich = ['dla IMAP ', { server: 'imap' }, '; dla POP ', { server: 'pop' }];
const FIREWALL: Rich = [
	'Zapora sieciowa, program antywirusowy lub sieć firmowa blokuje porty (IMAP ',
	{ value: 'imap', field: 'port' },
	', POP ',
	{ value: 'pop', field: 'port' },
	', SMTP ',
	{ value: 'smtp', field: 'port' },
	'). Spróbuj połączyć się przez inną sieć, na przykład udostępnioną z telefonu.',
];
const CREDENTIALS: Rich = ['Nazwą użytkownika musi być pełny adres e-mail, a hasłem – hasło samego konta e-mail (zob. ', { place: 'imap-settings', text: 'ustawienia IMAP' }, ').'];
const SPAM: Rich = ['Konto zostało zablokowane za wysyłanie spamu: widać to na liście kont e-mail w Panelu klienta OVHcloud (zob. ', { place: 'checklist', text: 'listę kontrolną' }, ').'];

export default {
	/** Each code's short title: the heading reads "0x800CCC0E: nie można połączyć się z serwerem". */
	titles: {
		'0x800CCC0D': 'nie można znaleźć serwera',
		'0x800CCC0E': 'nie można połączyć się z serwerem',
		'0x800CCC0F': 'serwer przerwał połączenie',
		'0x800CCC13': 'nie można odczytywać ani zapisywać danych w sieci',
		'0x800CCC18': 'logowanie nie powiodło się',
		'0x800CCC19': 'serwer nie odpowiedział na czas',
		'0x800CCC1A': 'nie można nawiązać połączenia SSL',
		'0x800CCC67': 'serwer wychodzący chwilowo nie przyjmuje poczty',
		'0x800CCC78': 'nadawca odrzucony',
		'0x800CCC79': 'odbiorca odrzucony',
		'0x800CCC7D': 'serwer nie oferuje STARTTLS',
		'0x800CCC80': 'brak wspólnej metody uwierzytelniania',
		'0x800CCC90': 'serwer POP zwrócił błąd',
		'0x800CCC91': 'nazwa użytkownika odrzucona',
		'0x800CCC92': 'hasło odrzucone',
		'0x800CCCD1': 'logowanie IMAP nie powiodło się',
		'0x80042108': 'nie można połączyć się z serwerem przychodzącym (POP)',
		'0x80042109': 'nie można połączyć się z serwerem wychodzącym (SMTP)',
		'0x8004210A': 'przekroczono czas oczekiwania na serwer przychodzący (POP)',
		'0x8004210B': 'przekroczono czas oczekiwania na serwer wychodzący (SMTP)',
	},
	explanations: {
		'0x800CCC0D': {
			means: ['Outlook nie może znaleźć serwera: nazwa wpisana w polu serwera nigdzie nie prowadzi.'],
			causes: [
				['Nazwa serwera zawiera literówkę albo należy do innej strefy. Serwer przychodzący: ', ...INCOMING, '; serwer wychodzący: ', { server: 'smtp' }, '.'],
				['Nazwa ', { code: 'ssl0' }, ' istnieje tylko w Europie; poza Europą używaj nazw podanych powyżej.'],
				['Komputer nie ma połączenia z internetem albo jego serwer DNS nie odpowiada.'],
			],
			fix: ['Popraw nazwy serwerów (', { place: 'imap-settings', text: 'ustawienia IMAP' }, ', ', { place: 'pop-settings', text: 'ustawienia POP' }, ') albo porównaj je za pomocą ', { place: 'checker', text: 'narzędzia do sprawdzania ustawień' }, '.'],
		},
		'0x800CCC0E': {
			means: ['Outlook znalazł serwer, ale nie może nawiązać z nim połączenia.'],
			causes: [
				['Nieprawidłowy serwer lub port. Serwer przychodzący: ', ...INCOMING, '; serwer wychodzący: ', { server: 'smtp' }, '.'],
				['Szyfrowanie nie pasuje do portu: każdy z używanych tu portów OVHcloud wymaga ', { value: 'imap', field: 'security' }, '.'],
				FIREWALL,
			],
			fix: ['Porównaj serwer, port i szyfrowanie z sekcją ', { place: 'imap-settings', text: 'Konfiguracja IMAP' }, ' lub ', { place: 'pop-settings', text: 'Konfiguracja POP' }, '; ', { place: 'checker', text: 'narzędzie do sprawdzania ustawień' }, ' wskaże błędną wartość.'],
		},
		'0x800CCC0F': {
			means: ['Połączenie zostało nawiązane, ale potem przerwał je serwer lub sieć.'],
			causes: [
				['W przypadku POP (', { server: 'pop' }, ') Outlook sprawdza nową pocztę częściej niż raz na minutę: OVHcloud przerywa takie połączenia.'],
				['Wiadomość przekracza dozwolony rozmiar, więc wysyłanie zatrzymuje się w połowie.'],
				['Urządzenie sieciowe (router, serwer proxy, program antywirusowy skanujący pocztę) zamyka długie połączenia.'],
			],
			fix: ['Ustaw sprawdzanie nowej poczty nie częściej niż co kilka minut (', { ui: 'classic.sendReceive' }, ' → ', { ui: 'classic.sendReceiveGroups' }, '), duże pliki wysyłaj w inny sposób i spróbuj połączyć się przez inną sieć.'],
		},
		'0x800CCC13': {
			means: ['Outlook nie może odczytywać danych z sieci ani ich do niej zapisywać.'],
			causes: [['Przyczyna leży w sieci lokalnej lub w obsłudze sieci przez system Windows, a nie w ustawieniach konta.'], FIREWALL],
			fix: ['Uruchom ponownie komputer i router, a następnie spróbuj jeszcze raz; jeśli błąd się powtarza, spróbuj połączyć się przez inną sieć.'],
		},
		'0x800CCC18': {
			means: ['Logowanie przy użyciu metody uwierzytelniania firmy Microsoft nie powiodło się.'],
			causes: [['Zaznaczona jest opcja ', { ui: 'classic.spa' }, ', a serwery OVHcloud nie obsługują SPA.']],
			fix: ['W ustawieniach konta (', { page: '/modify-settings/' }, ') usuń zaznaczenie opcji ', { ui: 'classic.spa' }, '.'],
		},
		'0x800CCC19': {
			means: ['Serwer nie odpowiedział na czas.'],
			causes: [['Połączenie sieciowe jest wolne albo zablokowane.'], FIREWALL],
			fix: ['Sprawdź stronę statusu (zob. ', { place: 'checklist', text: 'listę kontrolną' }, '), a następnie spróbuj ponownie, łącząc się przez inną sieć.'],
		},
		'0x800CCC1A': {
			means: ['Outlook nie zdołał nawiązać szyfrowanego połączenia.'],
			causes: [
				[
					'Szyfrowanie nie pasuje do portu: IMAP używa portu ',
					{ value: 'imap', field: 'port' },
					' z ',
					{ value: 'imap', field: 'security' },
					', POP – portu ',
					{ value: 'pop', field: 'port' },
					' z ',
					{ value: 'pop', field: 'security' },
					', SMTP – portu ',
					{ value: 'smtp', field: 'port' },
					' z ',
					{ value: 'smtp', field: 'security' },
					'.',
				],
				['Przeszkadza program antywirusowy, który skanuje szyfrowaną pocztę.'],
			],
			fix: ['Dla każdego serwera wybierz ', { value: 'imap', field: 'security' }, ' i porty podane w sekcji ', { place: 'imap-settings', text: 'Konfiguracja IMAP' }, ' lub ', { place: 'pop-settings', text: 'Konfiguracja POP' }, '.'],
		},
		'0x800CCC67': {
			means: ['Serwer wychodzący chwilowo nie przyjmuje wiadomości (odpowiedź serwera 421).'],
			causes: [['Odmowa jest tymczasowa: najczęściej z powodu przekroczenia limitów (zob. ', { place: 'replies', text: 'limity wysyłki' }, ').'], ['Trwają prace serwisowe lub awaria (zob. ', { place: 'checklist', text: 'listę kontrolną' }, ').']],
			fix: ['Odczekaj chwilę i wyślij wiadomość ponownie; duże wysyłki rozłóż na kilka godzin.'],
		},
		'0x800CCC78': {
			means: ['Serwer wychodzący odrzucił adres nadawcy.'],
			causes: [
				['Wiadomość jest wysyłana z adresu innego niż adres tego konta (w polu ', { ui: 'classic.from' }, ' ustawiono inny adres).'],
				['Uwierzytelnianie SMTP jest wyłączone, więc serwer nie wie, kto wysyła wiadomość.'],
			],
			fix: ['Wysyłaj wiadomości z adresu tego konta i włącz uwierzytelnianie SMTP (', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC79': {
			means: ['Serwer wychodzący odrzucił jednego lub kilku odbiorców.'],
			causes: [
				['Uwierzytelnianie SMTP jest wyłączone: bez niego serwer nie przekazuje dalej żadnych wiadomości.'],
				['Niektóre zapory sieciowe usuwają uwierzytelnianie z połączenia.'],
				['Adres odbiorcy zawiera literówkę.'],
			],
			fix: ['Włącz uwierzytelnianie SMTP (', { place: 'smtp-auth' }, ') i sprawdź serwer wychodzący: ', { server: 'smtp' }, '.'],
		},
		'0x800CCC7D': {
			means: ['Outlook poprosił serwer o przejście na połączenie szyfrowane (STARTTLS), ale serwer nie oferuje tego na tym porcie.'],
			causes: [['Dla serwera wychodzącego wybrano STARTTLS, a na porcie ', { value: 'smtp', field: 'port' }, ' połączenie jest szyfrowane od samego początku.']],
			fix: ['Dla serwera wychodzącego wybierz ', { value: 'smtp', field: 'security' }, ' (', { place: 'smtp-settings', text: 'Konfiguracja SMTP' }, ').'],
		},
		'0x800CCC80': {
			means: ['Outlook zgłasza, że żadna z metod uwierzytelniania obsługiwanych przez program nie jest obsługiwana przez serwer.'],
			causes: [['Uwierzytelnianie SMTP jest wyłączone.']],
			fix: ['Zaznacz ', { ui: 'classic.smtpAuth' }, ' oraz ', { ui: 'classic.sameSettings' }, ' (', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC90': {
			means: ['Serwer POP odpowiedział błędem, często razem z kodem 0x800CCC92.'],
			causes: [CREDENTIALS, SPAM],
			fix: ['Zob. ', { place: '0x800ccc92', text: '0x800CCC92' }, '.'],
		},
		'0x800CCC91': {
			means: ['Serwer POP odrzucił nazwę użytkownika.'],
			causes: [['Nazwa użytkownika nie jest pełnym adresem e-mail (to tylko część przed znakiem @ albo inny adres).']],
			fix: ['Jako nazwę użytkownika wpisz pełny adres e-mail (', { place: 'pop-settings', text: 'Konfiguracja POP' }, ').'],
		},
		'0x800CCC92': {
			means: ['Serwer POP odrzucił hasło.'],
			causes: [['Hasło jest nieprawidłowe albo zostało w międzyczasie zmienione w Panelu klienta OVHcloud.'], SPAM],
			fix: ['Sprawdź hasło, logując się do webmaila (zob. ', { place: 'checklist', text: 'listę kontrolną' }, '), a następnie wpisz to samo hasło w Outlooku.'],
		},
		'0x800CCCD1': {
			means: ['Serwer IMAP odmówił zalogowania.'],
			causes: [CREDENTIALS, ['Hasło jest nieprawidłowe.'], SPAM],
			fix: ['Wpisz pełny adres e-mail i hasło, którego używasz w webmailu (', { place: 'imap-settings', text: 'Konfiguracja IMAP' }, ').'],
		},
		'0x80042108': {
			means: ['Outlook nie może połączyć się z serwerem przychodzącym (POP).'],
			causes: [['Nieprawidłowy serwer, port lub szyfrowanie: serwer POP to ', { server: 'pop' }, '.'], FIREWALL],
			fix: ['Porównaj serwer przychodzący z sekcją ', { place: 'pop-settings', text: 'Konfiguracja POP' }, ' albo sprawdź go za pomocą ', { place: 'checker', text: 'narzędzia do sprawdzania ustawień' }, '.'],
		},
		'0x80042109': {
			means: ['Outlook nie może połączyć się z serwerem wychodzącym (SMTP).'],
			causes: [['Nieprawidłowy serwer, port lub szyfrowanie: serwer wychodzący to ', { server: 'smtp' }, '.'], FIREWALL],
			fix: ['Porównaj serwer wychodzący z sekcją ', { place: 'smtp-settings', text: 'Konfiguracja SMTP' }, ' albo sprawdź go za pomocą ', { place: 'checker', text: 'narzędzia do sprawdzania ustawień' }, '.'],
		},
		'0x8004210A': {
			means: ['Outlook przestał czekać na odpowiedź serwera przychodzącego (POP), bo minął limit czasu.'],
			causes: [['Wolna sieć.'], ['Program antywirusowy skanujący pocztę przychodzącą wstrzymuje połączenie.']],
			fix: ['Zwiększ wartość suwaka ', { ui: 'classic.serverTimeouts' }, ' (', { ui: 'classic.moreSettings' }, ' → ', { ui: 'classic.advancedTab' }, ') albo na czas testu wyłącz skanowanie poczty w programie antywirusowym.'],
		},
		'0x8004210B': {
			means: ['Outlook przestał czekać na odpowiedź serwera wychodzącego (SMTP), bo minął limit czasu.'],
			causes: [['Wolna sieć.'], ['W folderze ', { ui: 'classic.outbox' }, ' utknęła wiadomość, na przykład potwierdzenie przeczytania: usuń ją i wyślij pocztę ponownie.'], FIREWALL],
			fix: ['Opróżnij folder ', { ui: 'classic.outbox' }, ', a następnie sprawdź serwer wychodzący: ', { server: 'smtp' }, ' (', { place: 'smtp-settings', text: 'Konfiguracja SMTP' }, ').'],
		},
	},
} satisfies { titles: Record<string, string>; explanations: Record<string, { means: Rich; causes: Rich[]; fix: Rich }> };
