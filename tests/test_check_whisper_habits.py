"""What Whisper writes, read as it was said. A number with a separator comes as two words
("$1" ",200", "2" ".5" "million", "18" ",300"): the check reads them as one number again.
Every such sentence of the listening passages (benchmarks/listen.py) scored 0.81 to 0.95
though the voice said it right."""

from __future__ import annotations

import pytest

from tts_pipeline.check.compare import compare
from tts_pipeline.check.expected import Expected, ExpectedSentence
from tts_pipeline.check.transcribe import Transcript, Word


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        (
            "The drug cost about one thousand two hundred dollars a month.",
            "The drug cost about $1 ,200 a month.",
        ),
        ("The firm was fined two point five million dollars.", "The firm was fined $2 .5 million."),
        (
            "It carried about eighteen thousand three hundred containers.",
            "It carried about 18 ,300 containers.",
        ),
    ],
)
def test_a_number_heard_in_pieces_is_one_number(said, heard):
    assert similarity(said, heard) == 1.0


def test_words_after_a_number_stay_apart():
    assert similarity("They won three, then lost two.", "They won 3, then lost 2.", 3.0) == 1.0


def heard_words(text: str) -> tuple[Word, ...]:
    return tuple(Word(w, i * 0.4, i * 0.4 + 0.35) for i, w in enumerate(text.split(" ")))


def similarity(said: str, heard: str, seconds: float | None = None) -> float:
    """The check's similarity of one sentence the script says and Whisper writes as
    ``heard``, a word every 0.4 s (the clip as long as its words, or ``seconds``)."""
    words = heard_words(heard)
    seconds = seconds if seconds is not None else len(words) * 0.4
    expected = Expected((ExpectedSentence(said, said, 0.0, seconds),), "hibari", "heart")
    return compare(Transcript(words, (), seconds), expected, 0.6).sentences[0].similarity


def test_a_word_heard_for_seconds_leaves_the_rest_to_be_listened_to_again():
    """Whisper, stopping early in a clip, gave its last word the rest of it ("Senator Kia",
    "Kia" from 0.5 s to 6.9 s), and a sentence the voice said whole was "not heard"."""
    from tts_pipeline.check.transcribe import LONGEST_WORD_SECONDS, Word, _unheard

    words = [Word("Senator", 0.0, 0.54), Word("Kia", 0.54, 6.9)]
    after = 0.54 + LONGEST_WORD_SECONDS
    assert _unheard(words, [(0.0, 6.9)], quiet=[(4.51, 4.73)]) == [(after, 6.9)]


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("Protesters gathered on January sixth.", "Protesters gathered on January 6."),
        ("The F.A.A. grounded the seven thirty-seven Max.", "The FAA grounded the 737 MAX."),
    ],
)
def test_a_number_written_in_digits_is_read_as_the_script_says_it(said, heard):
    """Whisper writes "January 6" for "January sixth", and "737" for "seven thirty-seven"."""
    assert similarity(said, heard) == 1.0


def test_a_plain_number_stays_a_count_when_the_script_says_so():
    said, heard = "Six people and the sixth floor.", "6 people and the 6th floor."
    assert similarity(said, heard, 3.0) == 1.0
