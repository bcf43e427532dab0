"""Hostile review of round 21's chrome data, on invented pages (tests/pages/review21/).

- A box's title of the site's other posts ("Altri articoli", "Ander nieuws") may have a
  few words after it, but no sentence: an Italian story on a new code says "Altri articoli
  restano in vigore." and a Dutch one "Ander nieuws was er niet." (both lost as box titles).
- A rating widget's question opens its line: a Spanish story says "Al juez le ha parecido
  interesante el contenido de los mensajes ...", a Portuguese one "O relator afirmou que
  este texto foi útil para ..." and a Polish one "Zapytaliśmy ekspertów, czy poradnik jest
  przydatny dla osób starszych." (all lost as prompts).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_cases import assert_story
from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source

PAGES = Path(__file__).parent / "pages" / "review21"

CASES = {
    "codice-story-it.txt": (
        ["Altri articoli restano in vigore.", "Le opposizioni hanno annunciato un ricorso"],
        ["Scuola, si torna in classe", "Condividi"],
    ),
    "kerstmarkt-story-nl.txt": (
        ["Ander nieuws was er niet.", "De gemeente onderzoekt nog of er in het voorjaar"],
        ["Fietser gewond", "Delen op Facebook"],
    ),
    "juez-story-es.txt": (
        [
            "Al juez le ha parecido interesante el contenido de los mensajes",
            "La defensa del exalcalde ha asegurado",
        ],
        ["¿Te ha resultado útil este artículo?", "Compartir en Facebook"],
    ),
    "reforma-story-pt.txt": (
        [
            "O relator afirmou que este texto foi útil para destravar as negociações",
            "Os destaques, que podem alterar pontos da proposta",
        ],
        ["Este artigo foi útil?"],
    ),
    "poradnik-story-pl.txt": (
        [
            "Zapytaliśmy ekspertów, czy poradnik jest przydatny dla osób starszych.",
            "Poradnik można odebrać w urzędach gminy",
        ],
        ["Czy ten artykuł był pomocny?"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_story_is_read_whole(name):
    must, must_not = CASES[name]
    assert_story(
        extract_article(read_source(str(PAGES / name))), {"must": must, "must_not": must_not}
    )
