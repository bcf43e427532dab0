"""Probe pages of round 21 in other languages (tests/pages/probe_unseen21m/): invented
2019-2020-style pages written to stand in for the held-out judge's non-English pages, each
with Chromium's copy (<name>.dump.txt) and a benchmark-style flat dump made from the markup
(<name>.flat.txt, ``tests/tools/flat_dump.py``). Four Spanish (a regional daily with a
consent banner, an insert "Lee también", an ad slot, an author box and readers' comments; an
Argentine daily with "Mirá también" and teasers; a travel blog with comments; a coffee
shop's buying guide with a product slider), three French (a regional daily, a hiking
club's report, a recipe blog with a newsletter box), three Polish (a portal with a RODO
banner and "Czytaj także", a commune's notice, a garden blog), two Portuguese (Brazil,
Portugal), two Italian (a local daily, a bike shop's guide), two Dutch (a regional paper,
a korfball club), one Russian, one Finnish, one Swedish and four German (a party's local
branch, a model railway blog with comments, a town's press office, a band's concert
report). Each page must reach its F1 as HTML, as its Chromium dump and as its flat dump,
keep its story's phrases and drop the chrome.

Known misses left alone: the coffee guide's dumps keep its product slider and the blog's
teasers below the story, and its HTML reading drops the last section's heading and list
below the slider (trafilatura leaves them out) and keeps the teasers' blurbs; the bike
shop's dumps keep its slider's heading; the garden blog's dumps drop a heading glued over
a newsletter box and keep the box's sentence.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import flat_dump_tests, probe_set_tests

PAGES = Path(__file__).parent / "pages" / "probe_unseen21m"

# name: (HTML floor, Chromium dump floor, flat dump floor), a little under what the cleaner
# reaches.
FLOORS3 = {
    "de-hobby-blog-modellbahn": (0.98, 0.98, 0.94),
    "de-musikverein-konzert": (0.98, 0.98, 0.98),
    "de-partei-ortsverein": (0.98, 0.98, 0.98),
    "de-stadt-pressestelle": (0.98, 0.98, 0.98),
    "es-ar-diario-colectivos": (0.98, 0.98, 0.98),
    "es-blog-viajes-comentarios": (0.98, 0.95, 0.95),
    "es-diario-regional-piscina": (0.94, 0.98, 0.98),
    "es-tienda-guia-cafetera": (0.75, 0.75, 0.75),
    "fi-paikallislehti-kirjasto": (0.98, 0.98, 0.98),
    "fr-association-randonnee": (0.98, 0.98, 0.98),
    "fr-blog-cuisine-tarte": (0.98, 0.94, 0.94),
    "fr-quotidien-regional-marche": (0.98, 0.98, 0.98),
    "it-blog-negozio-bici": (0.98, 0.88, 0.88),
    "it-quotidiano-locale-ponte": (0.98, 0.98, 0.98),
    "nl-regionieuws-fietspad": (0.98, 0.98, 0.98),
    "nl-vereniging-korfbal": (0.98, 0.98, 0.98),
    "pl-blog-ogrod-pomidory": (0.98, 0.88, 0.88),
    "pl-gmina-aktualnosci-odpady": (0.95, 0.98, 0.98),
    "pl-portal-wiadomosci-tramwaj": (0.98, 0.98, 0.98),
    "pt-br-portal-enchente": (0.98, 0.98, 0.98),
    "pt-pt-jornal-eletricos": (0.98, 0.98, 0.98),
    "ru-gazeta-gorod-sneg": (0.98, 0.98, 0.98),
    "sv-lokaltidning-skola": (0.98, 0.98, 0.98),
}

CHROME = ["cookies", "Cookies", "©"]

CASES = {
    "de-hobby-blog-modellbahn": {
        "must": [
            "Lange hat es gedauert, aber jetzt ist",
            "Die Profile habe ich mit einem",
            "Uferbepflanzung. Bis dahin: allzeit gute Fahrt!",
        ],
        "must_not": [
            "Sehr schöne Arbeit! Welche Lötpaste verwendest",
            "Danke Helmut, ich nehme eine ganz",
            "Schreibe einen Kommentar",
            "Ich bin Reinhard, pensionierter Lokführer,",
            "Baubericht 13: Oberleitung am Bahnhof",
            "N-Bahner-Forum",
        ],
    },
    "de-musikverein-konzert": {
        "must": [
            "Bis auf den letzten Platz war die",
            "Nach der Pause präsentierte das große",
            "Helfern und Sponsoren für die Unterstützung!",
        ],
        "must_not": [
            "Es war wieder ein wunderschöner Abend,",
            "Gibt es von dem Konzert auch",
            "08.12.2019 Weihnachtsmarkt Lindach",
            "Ausflug nach Südtirol",
        ],
    },
    "de-partei-ortsverein": {
        "must": [
            "Seit Monaten beklagen Eltern die gefährliche Situation",
            "„Es darf nicht erst etwas passieren,",
            "ihr Anliegen in der Einwohnerfragestunde vorzutragen.",
        ],
        "must_not": [
            "Haushalt 2020: Unsere Änderungsanträge",
            "Wir wollen mehr Geld für Radwege",
            "29.01.2020 Mitgliederversammlung",
            "Haushalt 2020: Unsere Änderungsanträge",
            "Jetzt online Mitglied werden",
        ],
    },
    "de-stadt-pressestelle": {
        "must": [
            "Die Stadtbücherei Bad Waldungen ist ab dem",
            "„Gerade Familien und Berufstätige haben uns",
            "ein. Eine Anmeldung ist nicht erforderlich.",
        ],
        "must_not": [
            "Diese Website verwendet Cookies. Einige davon",
            "Laubabfuhr im November",
            "Online-Terminvergabe",
            "E-Mail: presse@bad-waldungen.de",
        ],
    },
    "es-ar-diario-colectivos": {
        "must": [
            "El Concejo Deliberante aprobó anoche el nuevo",
            "Desde la oposición cuestionaron que la",
            "en las líneas 3 y 7.",
        ],
        "must_not": [
            "Corte de agua programado en barrio Norte este sábado",
            "Murió un motociclista en la ruta 11",
            "Corte de agua programado en barrio Norte este sábado",
            "La cooperativa realizará trabajos en la",
            "Cómo tramitar el boleto estudiantil gratuito en 2020",
        ],
    },
    "es-blog-viajes-comentarios": {
        "must": [
            "Siempre me habían dicho que la Sierra",
            "El segundo día seguí la ruta",
            "y las rutas se hacen duras.",
        ],
        "must_not": [
            "Ruta por las Hurdes en cuatro etapas",
            "¡Qué buena idea! Yo siempre voy",
            "¿El autobús de Coria se puede",
            "Suscríbete y te enviaré un correo",
            "Deja una respuesta",
            "Soy Lucía, profesora de Geografía",
        ],
    },
    "es-diario-regional-piscina": {
        "must": [
            "Los vecinos de Calatorao podrán volver a",
            "El Ayuntamiento trabaja ya en un",
            "en la primera semana de junio.",
        ],
        "must_not": [
            "Utilizamos cookies propias y de terceros",
            "Ricla aplaza sus fiestas de San Roque hasta 2021",
            "Un incendio calcina una nave agrícola en La Almunia",
            "Recibe nuestro boletín",
            "Ya era hora, el año pasado",
            "¿Y los bonos de temporada se",
        ],
    },
    "es-tienda-guia-cafetera": {
        "must": [
            "La cafetera italiana, o moka, sigue siendo",
            "la diferencia desde la primera taza.",
        ],
        "must_not": [
            "Este sitio web utiliza cookies para",
            "Suscríbete a nuestra newsletter",
            "¿Te ha resultado útil este artículo?",
        ],
    },
    "fi-paikallislehti-kirjasto": {
        "must": [
            "Alajärven pääkirjasto suljetaan lokakuun alussa noin puolen",
            "– Haluamme, että kirjasto on kunnossa",
            "kirjasto on tarkoitus avata huhtikuussa 2020.",
        ],
        "must_not": [
            "Käytämme evästeitä parantaaksemme käyttökokemusta. Jatkamalla sivuston",
            "Kolari valtatiellä 16 – kaksi loukkaantui",
            "Kirjoittaa Järviseudun Sanomiin kunnallispolitiikasta ja koulutuksesta.",
            "Vimpelin koulukeskuksen rakentaminen alkaa keväällä",
        ],
    },
    "fr-association-randonnee": {
        "must": [
            "Nous étions vingt-deux à partir le samedi",
            "Le soir, le gîte d'étape de",
            "la côte de Granit rose !",
        ],
        "must_not": [
            "Merci à tous pour votre bonne",
            "Superbe week-end, vivement le printemps !",
            "Dimanche 20 octobre : Pornic – Les Moutiers (14 km)",
            "Facebook",
        ],
    },
    "fr-blog-cuisine-tarte": {
        "must": [
            "En janvier, les poireaux sont partout sur",
            "Préchauffez le four à 200 °C.",
            "une salade verte. Bon appétit !",
        ],
        "must_not": [
            "Quiche sans pâte aux courgettes",
            "Testée hier soir, un régal !",
            "Merci Sophie, excellente idée le miel",
            "Abonnez-vous pour recevoir mes nouvelles recettes",
            "Laisser un commentaire",
            "Je m'appelle Margaux, maman de",
        ],
    },
    "fr-quotidien-regional-marche": {
        "must": [
            "Les habitués devront changer leurs habitudes. À",
            "Une soixantaine d'exposants sont concernés :",
            "avant les fêtes de fin d'année.",
        ],
        "must_not": [
            "Nous utilisons des cookies pour vous",
            "Accident mortel sur la RN 149 près de Cerizay",
            "Recevez chaque matin l'essentiel de l'actualité",
            "Accident mortel sur la RN 149 près de Cerizay",
            "Un automobiliste de 54 ans a",
            "Encore une fois on ne pense",
        ],
    },
    "it-blog-negozio-bici": {
        "must": [
            "Con le giornate più corte e le",
            "Sull'asfalto bagnato conviene ridurre un po'",
            "ci sono più scuse: buone pedalate!",
        ],
        "must_not": [
            "Bici elettrica: quanto dura davvero la batteria?",
            "Iscriviti alla newsletter",
            "Ti è stato utile questo articolo?",
        ],
    },
    "it-quotidiano-locale-ponte": {
        "must": [
            "Da lunedì 14 ottobre il ponte sul",
            "«Abbiamo scelto l'autunno proprio per evitare",
            "per il 4 novembre, salvo maltempo.",
        ],
        "must_not": [
            "Questo sito utilizza cookie tecnici e",
            "Arco, incendio in un appartamento: salvata un'anziana",
            "Incidente sulla Gardesana, due feriti",
            "Iscriviti alla newsletter",
            "Arco, incendio in un appartamento: salvata un'anziana",
            "Le fiamme sono partite dalla cucina,",
        ],
    },
    "nl-regionieuws-fietspad": {
        "must": [
            "Na bijna twee jaar werk is het",
            "De aanleg liep een half jaar",
            "over de geschiedenis van de dijk.",
        ],
        "must_not": [
            "Wij gebruiken cookies om onze website",
            "Brand in schuur aan de Dorpsstraat",
            "Automobilist zwaargewond na botsing op N302",
            "Mooi pad, maar waarom zijn er",
            "Eindelijk! Mijn dochter fietst hier elke",
            "Provincie trekt extra geld uit voor snelfietsroutes",
        ],
    },
    "nl-vereniging-korfbal": {
        "must": [
            "Na twee nederlagen op rij heeft Zwaluwen",
            "DOS kwam in de slotfase nog",
            "sporthal. Supporters zijn van harte welkom!",
        ],
        "must_not": [
            "Sinterklaas komt naar de sporthal",
            "Alle jeugdleden tot en met tien",
            "Zwaluwen 1 – DOS '46: 19-17",
            "16 november: Sinterklaasfeest jeugd",
        ],
    },
    "pl-blog-ogrod-pomidory": {
        "must": [
            "Marzec to idealny moment na wysiew pomidorów",
            "Używam lekkiej ziemi do wysiewu, bez",
            "Za tydzień pokażę, jak je pikuję.",
        ],
        "must_not": [
            "A czy można siać jeszcze na",
            "Jasne, Krysiu, wtedy najlepiej wybrać odmiany",
            "Dodaj komentarz",
            "Cześć, jestem Ania. Od dziesięciu",
            "Plan warzywnika na 2020 rok",
            "marzec 2020",
        ],
    },
    "pl-gmina-aktualnosci-odpady": {
        "must": [
            "Informujemy, że od 1 stycznia 2020 roku",
            "Miesięczna opłata za gospodarowanie odpadami wyniesie",
            "pod numerem 24 268 00 12.",
        ],
        "must_not": [
            "Biuletyn Informacji Publicznej",
            "Wigilia dla samotnych seniorów",
            "pokój nr 14",
        ],
    },
    "pl-portal-wiadomosci-tramwaj": {
        "must": [
            "Budowa trasy tramwajowej do Fordonu wchodzi w",
            "– To największa inwestycja komunikacyjna w",
            "wakacjach zwiększy częstotliwość w godzinach szczytu.",
        ],
        "must_not": [
            "Szanowni Państwo, w związku z RODO",
            "Pożar kamienicy na Okolu. Ewakuowano 20 osób",
            "Wypadek na S5. Droga zablokowana",
            "Pożar kamienicy na Okolu. Ewakuowano 20 osób",
            "Ogień pojawił się na poddaszu, nikt",
            "Czekamy i czekamy, oby tym razem",
        ],
    },
    "pt-br-portal-enchente": {
        "must": [
            "A chuva forte que atingiu Pindamonhangaba na",
            "Os moradores foram levados para duas",
            "ligue 199 em caso de emergência.",
        ],
        "must_not": [
            "Usamos cookies para melhorar sua experiência.",
            "Motorista morre em acidente na Via Dutra",
            "Receba as notícias do Vale no seu e-mail",
            "Motorista morre em acidente na Via Dutra",
            "O carro bateu na traseira de",
            "Clique aqui e entre no nosso",
        ],
    },
    "pt-pt-jornal-eletricos": {
        "must": [
            "Os primeiros postos entram em funcionamento em",
            "Os primeiros seis postos ficam prontos",
            "de viaturas ligeiras por modelos elétricos.",
        ],
        "must_not": [
            "Incêndio destrói armazém na zona industrial de Vagos",
            "Jornalista do Diário de Aveiro desde",
            "Aveiro vai ter bicicletas partilhadas elétricas em 2020",
        ],
    },
    "ru-gazeta-gorod-sneg": {
        "must": [
            "В ночь на среду в Ярославле выпало",
            "В мэрии сообщили, что на уборку",
            "прогнозам синоптиков, продлится до вечера четверга.",
        ],
        "must_not": [
            "Мы используем файлы cookie, чтобы сделать",
            "На улице Чкалова прорвало трубу",
            "В ДТП на окружной дороге пострадали три человека",
            "Подписывайтесь на наш канал в Telegram",
            "На улице Чкалова прорвало трубу",
            "Без горячей воды остались жители семи",
        ],
    },
    "sv-lokaltidning-skola": {
        "must": [
            "Barn- och utbildningsnämnden har beslutat att gå",
            "– Vi har vetat länge att",
            "ny sporthall i anslutning till skolan.",
        ],
        "must_not": [
            "Vi använder cookies för att ge",
            "Trafikolycka på E18 – en till sjukhus",
            "Restaurang i Grisslehamn säljs",
            "Trafikolycka på E18 – en till sjukhus",
            "Två bilar kolliderade vid avfarten mot",
            "Kommunen höjer skatten med 30 öre",
        ],
    },
}


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS3, CASES, CHROME)


test_flat_dump_is_the_makers, test_flat_dump = flat_dump_tests(PAGES, FLOORS3, CASES, CHROME)
