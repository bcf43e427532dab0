"""Probe pages of round 17 (tests/pages/probe_kinds17/): invented 2020-2022-style pages of
kinds other than news, in languages the older probe sets hold few pages of, each with the
dump Chromium gives for "select all, copy" of it (<name>.dump.txt, JavaScript and CSS off).
A Dutch food blog's recipe (a recipe card, comments, "Lees ook") and a Dutch installer's
"Over ons" page built with Elementor (its text blocks in "elementor-widget" classes,
counters, a testimonial and a call to action below); a Polish shop's product page (tabs,
a data sheet, reviews, "Klienci kupili również") and a phpBB thread ("Re:" posts, the
posters' profiles, "Kto przegląda forum"); a Czech brewery's press release (its "O
společnosti" block, a media contact, an image-use notice) and a Czech faculty's course
syllabus (a table of details, a list of topics, a reading list); a Finnish city's event
page (date, place and admission as terms above its text) and a Finnish family blog with
comments; a Romanian travel guide (a table of contents, "Citește și", an affiliate
notice); a Danish help-centre article (Zendesk: "Artikler i dette afsnit", "Var denne
artikel nyttig?"); a Hungarian legal glossary entry ("Lásd még", a disclaimer); a Turkish
Q&A page (a question, an accepted and a second answer, votes and points); a Japanese
Hatena blog post (関連記事, コメントを書く); an Arabic company press release (نبذة عن
الشركة, للتواصل الإعلامي); and an English journal's abstract page (authors, affiliations,
keywords, references, "Cite this article"). Each page must reach its F1 as HTML and as its
Chromium dump, keep its text's phrases and drop the chrome.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_cases import probe_set_tests

PAGES = Path(__file__).parent / "pages" / "probe_kinds17"

# name: (HTML floor, Chromium dump floor), a little under what the cleaner reaches.
FLOORS = {
    "ar-bayan-sahafi": (0.98, 0.98),
    "cs-kurz-sylabus": (0.96, 0.67),
    "cs-tiskova-zprava": (0.98, 0.98),
    "da-hjaelp-faq": (0.98, 0.98),
    "en-abstract-refs": (0.80, 0.72),
    "fi-blogi-kommentit": (0.93, 0.98),
    "fi-tapahtuma": (0.91, 0.98),
    "hu-fogalomtar": (0.91, 0.98),
    "ja-blog-hatena": (0.98, 0.98),
    "nl-bedrijf-over-ons": (0.84, 0.84),
    "nl-recept-blog": (0.96, 0.91),
    "pl-forum-watek": (0.96, 0.98),
    "pl-sklep-produkt": (0.94, 0.98),
    "ro-ghid-turistic": (0.98, 0.96),
    "tr-soru-cevap": (0.97, 0.93),
}

CHROME = ["Privacy", "All rights reserved", "cookie"]

# "<kind>_keeps": chrome a reading still keeps; "<kind>_misses": text it still loses
# (known defects); kind is "html" or "text" (the Chromium dump).
CASES = {
    "ar-bayan-sahafi": {
        "must": ["افتتحت شركة الواحة للمياه اليوم محطة تحلية", "ثلاثين شهراً",
                 "نبذة عن شركة الواحة للمياه", "وتدير اليوم سبع محطات في ثلاث دول."],
        "must_not": ["للتواصل الإعلامي", "الصور المرفقة مخصصة للاستخدام الإعلامي",
                     "أحدث الأخبار", "النشرة البريدية", "جميع الحقوق محفوظة"]},
    "cs-kurz-sylabus": {
        "must": ["Studenti se naučí načíst, vyčistit a popsat reálná data",
                 "Zkouška je písemná a trvá 90 minut."],
        "must_not": ["Přeskočit na obsah", "Katalog předmětů", "Vytisknout stránku",
                     "Úřední deska", "Všechna práva vyhrazena"]},
    "cs-tiskova-zprava": {
        "must": ["Pivovar Hradecký Dvůr dnes slavnostně zahájil provoz nové varny",
                 "uvedl výkonný ředitel pivovaru Tomáš Kulhánek",
                 "O společnosti Pivovar Hradecký Dvůr", "ve dvanácti dalších zemích."],
        "must_not": ["Kontakt pro média", "media@hradeckydvur.cz",
                     "Fotografie jsou určeny výhradně pro redakční použití",
                     "Další tiskové zprávy", "Pijte zodpovědně", "Rozumím"]},
    "da-hjaelp-faq": {
        "must": ["Når du flytter, kan du som regel tage dit bredbånd med",
                 "Klik på Flyt abonnement", "skal returneres, hvis du opsiger."],
        "must_not": ["Artikler i dette afsnit", "Kan jeg tage min router med?",
                     "Var denne artikel nyttig?", "42 ud af 51", "Relaterede artikler",
                     "Vi bruger cookies", "Leveret af Zendesk"]},
    "en-abstract-refs": {
        "must": ["Early-season fires in boreal peatlands have become more frequent",
                 "seasonal fire danger forecasts for peatland regions."],
        "must_not": ["Department of Forest Sciences", "Download PDF", "1,842 Accesses",
                     "Download citation", "Manage preferences", "Editorial board"],
        "html_keeps": ["Department of Forest Sciences", "Download citation"]},
    "fi-blogi-kommentit": {
        "must": ["Kun automme hajosi elokuun alussa", "Mitä opin?",
                 "Kertokaa kommenteissa!"],
        "must_not": ["Meillä sama tilanne viime talvena", "Jaa tämä:", "Aiheeseen liittyvää",
                     "Lähetä kommentti", "Tilaa blogi sähköpostitse", "Edellinen artikkeli"]},
    "fi-tapahtuma": {
        "must": ["Pikkukirkon pihalle kootaan joulun alla perinteiset markkinat",
                 "Saapuminen", "Ensi vuoden markkinoille voi ilmoittautua"],
        "must_not": ["Hyväksy kaikki", "Lisää kalenteriin", "Muita tapahtumia",
                     "Itsenäisyyspäivän aattokonsertti", "Oliko tästä sivusta hyötyä?",
                     "Saavutettavuusseloste"]},
    "hu-fogalomtar": {
        "must": ["Olyan magánszemélyek vagy cégek által készített irat",
                 "ügyvéd vagy kamarai jogtanácsos ellenjegyezte;",
                 "sokkal könnyebb a helyzet, ha az irat teljes bizonyító erejű."],
        "must_not": ["Lásd még", "nem minősülnek jogi tanácsadásnak", "További fogalmak",
                     "Tartási szerződés", "Kérdése van?", "Minden jog fenntartva"]},
    "ja-blog-hatena": {
        "must": ["去年の十二月にぬか床を始めて", "4. 白い膜はかき混ぜれば大丈夫",
                 "次回は、ぬか漬けに向いている意外な野菜を紹介する予定です。"],
        "must_not": ["関連記事", "コメントを書く", "白い膜の話、とても参考になりました",
                     "読者になる", "月別アーカイブ", "Powered by Hatena Blog"]},
    "nl-bedrijf-over-ons": {
        "must": ["Van Dijk Installatietechniek werd in 1968 opgericht",
                 "Inmiddels staat de derde generatie aan het roer.",
                 "dag en nacht voor u klaar, ook in het weekend."],
        "must_not": ["Offerte aanvragen", "KvK 11223344", "Cookieverklaring",
                     "Website door Studio Rood", "24/7 storingsdienst"]},
    "nl-recept-blog": {
        "must": ["Als het buiten vriest en de sloten dichtliggen", "500 g groene spliterwten",
                 "Zet de slowcooker op de laagste stand", "Eet smakelijk"],
        "must_not": ["Accepteren", "Direct naar recept", "Lees ook", "Laat een reactie achter",
                     "Gisteren gemaakt en iedereen was enthousiast", "Over Marloes",
                     "Schrijf je in voor de nieuwsbrief"]},
    "pl-forum-watek": {
        "must": ["drugi rok z rzędu moje pomidory malinowe pękają",
                 "To typowy objaw nierównego podlewania.",
                 "pękają tylko pojedyncze po ulewie."],
        "must_not": ["Kto przegląda forum", "Technologię dostarcza", "Narzędzia tematu",
                     "Wróć do", "Działka ROD"]},
    "pl-sklep-produkt": {
        "must": ["Termik K-17 to czajnik dla tych", "Wyjmowany filtr antywapienny",
                 "karta gwarancyjna producenta."],
        "must_not": ["Dodaj do koszyka", "Klienci kupili również",
                     "Używam codziennie od miesiąca", "Zapisz się do newslettera",
                     "Regulamin sklepu", "Akceptuję"]},
    "ro-ghid-turistic": {
        "must": ["Sighișoara este una dintre puținele cetăți medievale",
                 "Cele 176 de trepte de lemn", "Parcarea în interiorul cetății"],
        "must_not": ["Citește și", "Articole similare", "Verifică disponibilitatea",
                     "Ioana scrie despre Transilvania", "Lasă un comentariu",
                     "Sunt de acord", "linkuri afiliate"]},
    "tr-soru-cevap": {
        "must": ["İki yıllık bir yoğuşmalı kombim var.",
                 "Birincisi genleşme tankının ön basıncının düşmüş olmasıdır.",
                 "eşanjöre de baktırın."],
        "must_not": ["Benzer sorular", "Cevabı gönder", "Giriş yap", "Çerez Politikası",
                     "Kombi F1 arızası nedir?"]},
}  # fmt: skip


test_html_page, test_chromium_dump = probe_set_tests(PAGES, FLOORS, CASES, CHROME)
