"""A check's result as tables on a terminal (rich): sentences, speech not in the script,
long silences, and a closing line; or as JSON."""

from __future__ import annotations

from pathlib import Path

from tts_pipeline.check.result import CheckResult, clock

MIN_SENTENCE_WIDTH = 20
"""Characters of a sentence shown at the least (more on a wider terminal; JSON has it whole)."""
OTHER_COLUMNS_WIDTH = 48
"""What the columns before the sentence take, with their padding."""


def print_result(result: CheckResult, title: str, as_json: bool = False, file=None) -> None:
    """The result as JSON, or as tables for people."""
    if as_json:
        import json

        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), file=file)
        return
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=file, highlight=False)
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("heard", no_wrap=True)
    table.add_column("similarity", justify="right", no_wrap=True)
    table.add_column("time", no_wrap=True)
    width = max(MIN_SENTENCE_WIDTH, console.width - OTHER_COLUMNS_WIDTH)
    table.add_column("sentence", overflow="ellipsis", no_wrap=True, max_width=width)
    for number, sentence in enumerate(result.sentences, 1):
        style = None if sentence.heard else "bold red"
        text = (
            sentence.text
            if sentence.heard
            else f"{sentence.text}  [heard: {sentence.transcript or '-'}]"
        )
        table.add_row(
            str(number),
            "yes" if sentence.heard else "NO",
            f"{sentence.similarity:.2f}",
            f"{clock(sentence.start)}-{clock(sentence.end)}",
            Text(text),
            style=style,
        )
    console.print(table)
    if result.unexpected:
        console.print(Text("\nSpeech that matches no sentence", style="bold red"))
        for passage in result.unexpected:
            console.print(Text(f"  {clock(passage.start)}-{clock(passage.end)}  {passage.text}"))
    if result.silences:
        console.print(f"\nLong silences (over {result.long_silence:.1f} s)")
        for passage in result.silences:
            seconds = passage.end - passage.start
            console.print(f"  {clock(passage.start)}-{clock(passage.end)}  {seconds:.1f} s")
    verdict = Text("\n" + result.summary(), style="green" if result.passed else "bold red")
    console.print(verdict + Text(f" (threshold {result.threshold:.2f})"))


def check_and_report(
    episode: Path, script: Path | None, threshold: float | None, as_json: bool
) -> None:
    """``tts-pipeline check``: check the episode, print the result; fail (exit 8) if it did."""
    from tts_pipeline.check import check_file
    from tts_pipeline.errors import CheckFailedError, RecognizerUnavailableError

    result = check_file(episode, script, threshold)
    if result.passed is None:
        raise RecognizerUnavailableError(f"{episode}: {result.summary()}")
    print_result(result, title=str(episode), as_json=as_json)
    if not result.passed:
        raise CheckFailedError(result.summary())


def print_verdict(check: dict) -> None:
    """``speak --check``: the check's one line; fail (exit 8) when the episode did not pass
    (an episode not checked, in a language the recognizer does not hear, did not fail)."""
    from tts_pipeline.errors import CheckFailedError

    print(f"check: {check['summary']}")
    if check["passed"] is False:
        raise CheckFailedError('the episode failed its check (its JSON has the "check")')
