"""Confidence of an event from the strength of the cues that support it."""

from __future__ import annotations

from services.extract.model import ActionCue, AgentHint

_MENTION_BONUS = 0.1  # each further mention (title, lead, body) that repeats the action
_TITLE_BONUS = 0.1
_INFERRED_AGENT_PENALTY = 0.1


def event_confidence(cues: list[ActionCue], *, in_title: bool) -> float:
    """Strongest cue, raised by repetition and a matching title, lowered when the agent was inferred."""
    base = max(cue.strength for cue in cues)
    base += _MENTION_BONUS * (len(cues) - 1)
    if in_title:
        base += _TITLE_BONUS
    if all(cue.agent is None or cue.agent_hint is not AgentHint.EXPLICIT for cue in cues):
        base -= _INFERRED_AGENT_PENALTY
    return round(min(max(base, 0.05), 0.99), 3)
