"""radcurate/interrupts.py: a Ctrl-C swallowed where it was raised still stops the command."""

from __future__ import annotations

import signal

import pytest

from radcurate import interrupts


def test_a_swallowed_interrupt_is_raised_again_at_the_next_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interrupts, "_received", set())
    interrupts.raise_if_interrupted()  # nothing arrived: no-op
    try:  # what an import lock's callback does with the KeyboardInterrupt raised inside it
        interrupts._handler(signal.SIGINT, None)
    except KeyboardInterrupt:
        pass
    with pytest.raises(KeyboardInterrupt, match=f"signal {int(signal.SIGINT)}"):
        interrupts.raise_if_interrupted()


def test_remember_installs_the_handler_for_the_given_signals(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = signal.getsignal(signal.SIGTERM)
    try:
        interrupts.remember(signal.SIGTERM)
        assert signal.getsignal(signal.SIGTERM) is interrupts._handler
    finally:
        signal.signal(signal.SIGTERM, previous)
