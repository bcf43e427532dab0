"""The cleaner's weights and thresholds, read once from ``data/cleaner.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class LineRules:
    body_min_words: float
    body_any_end_words: float
    short_sentence_min_words: float
    clause_min_words: float
    min_lower_share: float
    short_sentence_lower_share: float
    end_max_words: float
    box_max_words: float
    chrome_max_words: float
    prompt_max_words: float
    byline_max_words: float
    dateline_max_other_words: float
    fragment_min_words: float
    fragment_lower_share: float


@dataclass(frozen=True)
class Weights:
    short: float
    short_per_word: float
    chrome: float
    caption: float
    byline: float
    date: float
    box: float


@dataclass(frozen=True)
class RegionRules:
    min_candidate: float
    min_article: float
    end_outweighed: float
    anchor_lines: int
    anchor_bonus: float
    max_anchored: int
    max_box_lines: int
    footer_lines: int
    stray_gap_lines: int
    list_share: float
    list_min_items: int
    list_factor: float
    dense_min_lines: int
    dense_share: float
    dense_factor: float


@dataclass(frozen=True)
class Rules:
    lines: LineRules
    weights: Weights
    region: RegionRules


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The cleaner's rules (see ``data/cleaner.toml`` for what each one weighs)."""
    from tts_pipeline.resources import load_toml

    data = load_toml("cleaner.toml")
    return Rules(
        lines=LineRules(**data["lines"]),
        weights=Weights(**data["weights"]),
        region=RegionRules(**data["region"]),
    )
