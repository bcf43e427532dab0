"""Mends of round 9's review: invented pages where a rule merged this round over-reached
(dropped a story sentence or kept a line of chrome)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _clean(tmp_path: Path, lines: list[str], suffix: str = ".txt") -> str:
    """The story our cleaner reads in a page of ``lines``."""
    page = tmp_path / f"page{suffix}"
    page.write_text("\n".join(lines), "utf-8")
    return "\n".join(extract_article(read_source(str(page))).paragraphs)


BOATHOUSE = [
    "Home", "News", "Sport", "Business", "",
    "Boathouse keeps its doors open through a hard winter", "",
    "By Maria Stone", "", "March 3, 2026", "",
    "The old boathouse on the river has survived floods, fires and a pandemic, and its "
    "owners say it will survive this winter too.", "",
    "\"We make money on the tours in summer, but the winter months are hard for a small "
    "business like ours,\" said Ana Lopez, who has run it for twenty years.", "",
    "She said the town council had offered a small grant to cover the heating bills until "
    "the spring season begins in April.", "",
    "\"People here care about the place, and we get money from neighbours every week,\" "
    "Lopez said, pointing at a jar by the door.", "",
    "The boathouse will host an open day on Saturday, with free coffee and a talk about the "
    "history of the river.", "",
    "We may earn a commission when you buy through links on our site.", "",
    "Share this article", "Related stories",
]  # fmt: skip


def test_a_quote_about_making_money_is_the_story(tmp_path):
    """A quote's "we make money", "we get money" are the story's; only money earned from
    the site's links (an affiliate notice) is chrome."""
    text = _clean(tmp_path, BOATHOUSE)
    assert "We make money on the tours in summer" in text
    assert "we get money from neighbours every week" in text
    assert "We may earn a commission" not in text


COMMITTEE_PAGES = {
    "fr": (
        ["Accueil", "Actualités", "Sport", "",
         "Le pont de la gare fermé pour trois mois", "", "Par Claire Martin", "",
         "Le pont qui relie la gare au centre-ville sera fermé à la circulation à partir de "
         "lundi, pour des travaux de réparation qui dureront au moins trois mois.", "",
         "« Nous recevons une commission d'enquête du ministère la semaine prochaine, et nous "
         "lui montrerons les fissures », a expliqué le maire devant le conseil municipal.", "",
         "Les bus passeront par le boulevard du nord, ce qui allongera les trajets de dix "
         "minutes aux heures de pointe, selon la société de transport de la ville.", "",
         "Les commerçants du quartier craignent une baisse de leur chiffre d'affaires pendant "
         "toute la durée du chantier et demandent une aide de la mairie.", "",
         "Partager", "Commentaires"],
        "Nous recevons une commission d'enquête du ministère",
    ),
    "es": (
        ["Inicio", "Noticias", "Deportes", "",
         "El puente de la estación cerrará tres meses", "", "Por Lucía García", "",
         "El puente que une la estación con el centro de la ciudad se cerrará al tráfico a "
         "partir del lunes, por unas obras de reparación que durarán al menos tres meses.", "",
         "\"Recibimos una comisión del ministerio la semana que viene y le enseñaremos las "
         "grietas\", explicó el alcalde ante el pleno del ayuntamiento.", "",
         "Los autobuses pasarán por la avenida del norte, lo que alargará los trayectos diez "
         "minutos en las horas punta, según la empresa de transporte de la ciudad.", "",
         "Los comerciantes del barrio temen una caída de las ventas durante toda la obra y "
         "piden una ayuda al ayuntamiento para los meses de cierre.", "",
         "Compartir", "Comentarios"],
        "Recibimos una comisión del ministerio",
    ),
    "it": (
        ["Home", "Cronaca", "Sport", "",
         "Il ponte della stazione chiuso per tre mesi", "", "Di Giulia Rossi", "",
         "Il ponte che collega la stazione al centro della città sarà chiuso al traffico da "
         "lunedì, per lavori di riparazione che dureranno almeno tre mesi.", "",
         "\"Riceviamo una commissione del ministero la prossima settimana e le mostreremo le "
         "crepe\", ha spiegato il sindaco davanti al consiglio comunale.", "",
         "Gli autobus passeranno per il viale nord, e i tragitti si allungheranno di dieci "
         "minuti nelle ore di punta, secondo l'azienda dei trasporti della città.", "",
         "I commercianti del quartiere temono un calo degli incassi per tutta la durata del "
         "cantiere e chiedono un aiuto al comune per i mesi di chiusura.", "",
         "Condividi", "Commenti"],
        "Riceviamo una commissione del ministero",
    ),
    "pt": (
        ["Início", "Notícias", "Esporte", "",
         "A ponte da estação fecha por três meses", "", "Por Ana Souza", "",
         "A ponte que liga a estação ao centro da cidade será fechada ao trânsito a partir de "
         "segunda-feira, para obras de reparo que vão durar pelo menos três meses.", "",
         "\"Recebemos uma comissão do ministério na semana que vem e vamos mostrar as "
         "rachaduras\", explicou o prefeito diante da câmara municipal.", "",
         "Os ônibus vão passar pela avenida norte, o que vai alongar as viagens em dez "
         "minutos nos horários de pico, segundo a empresa de transporte da cidade.", "",
         "Os comerciantes do bairro temem uma queda nas vendas durante toda a obra e pedem "
         "uma ajuda da prefeitura para os meses de fechamento.", "",
         "Compartilhar", "Comentários"],
        "Recebemos uma comissão do ministério",
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", COMMITTEE_PAGES)
def test_a_quote_about_a_committee_is_not_an_affiliate_notice(tmp_path, language):
    """In French, Spanish, Italian and Portuguese "commission" is also a committee: "we
    receive a commission" in a quote is the story's; it is an affiliate notice only beside
    a purchase or a link."""
    lines, quote = COMMITTEE_PAGES[language]
    notice = AFFILIATE_NOTICES[language]
    text = _clean(tmp_path, [*lines[:-2], notice, "", *lines[-2:]])
    assert quote in text
    assert notice not in text


AFFILIATE_NOTICES = {
    "fr": "Si vous achetez un produit via nos liens, nous pouvons percevoir une commission.",
    "es": "Si compras a través de nuestros enlaces, podemos recibir una comisión.",
    "it": "Se acquisti tramite i nostri link, potremmo ricevere una commissione.",
    "pt": "Se você comprar pelos nossos links, podemos receber uma comissão.",
}
