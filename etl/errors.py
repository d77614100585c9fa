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


class BuildLocked(TrackerError):
    """Another build is writing the same database (and this one would not, or could no longer,
    wait). EX_TEMPFAIL: try again later."""

    exit_code = 75


class DiskFull(TrackerError):
    """The disk (or the file size allowed) filled up while a build wrote its copy. EX_IOERR."""

    exit_code = 74
