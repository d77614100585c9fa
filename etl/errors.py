"""Typed errors: the CLI turns these into a clean message and an exit code."""

from __future__ import annotations


class TrackerError(Exception):
    """Base class: an error with a message meant for the person running the tool."""

    exit_code = 1


class InputNotFound(TrackerError):
    exit_code = 2


class DatabaseMissing(TrackerError):
    exit_code = 3


class UnknownTable(TrackerError):
    exit_code = 2
