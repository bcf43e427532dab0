"""The rule machinery: a rule's quick test (``needs``) is asked once for each state of the
text, and asked again once a rule has expanded (masked) part of it."""

from __future__ import annotations

import re

from tts_pipeline.normalize.core import Rule, expand


class CountingTest:
    """A quick test that counts how often it is asked (a test double for ``re.Pattern``)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.asked = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.asked += 1
        return self.pattern.search(text)


def _rule(name: str, pattern: str, needs: CountingTest) -> Rule:
    return Rule(name, re.compile(pattern), lambda m: name, needs=needs)  # type: ignore[arg-type]


def test_a_quick_test_shared_by_rules_is_asked_once_while_nothing_is_expanded() -> None:
    digit = CountingTest(r"\d")
    rules = [_rule(f"r{i}", r"zzz\d", digit) for i in range(20)]
    assert expand("a sentence with 7 in it", rules) == []
    assert digit.asked == 1


def test_a_quick_test_is_asked_again_after_an_expansion_masks_the_text() -> None:
    digit = CountingTest(r"\d")
    rules = [_rule("number", r"\d+", digit), _rule("late", r"\d", digit)]
    found = expand("flight 714 left", rules)
    assert [(e.start, e.end, e.rule) for e in found] == [(7, 10, "number")]
    assert digit.asked == 2  # once before the first rule, once on the masked text
